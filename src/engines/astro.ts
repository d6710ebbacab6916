// Astro: content collections hold the posts, and the zod schema in `src/content/config.ts` (or
// `src/content.config.ts`) decides which keys exist and what they hold; js-yaml reads the front
// matter; remark renders the body; `public/` is served at the root; other image paths resolve
// from the post's folder or through tsconfig `paths` aliases (`@assets/*`).
import type { RepoIndex } from '../post/repo.js';
import type { SiteConfig } from './site-config.js';
import { defineEngine, type Engine } from './types.js';
import { readSiteFile, firstFile } from './site-files.js';
import { scriptSiteFacts } from './theme.js';
import { astroImageCandidates, readAstroCollections, readTsconfigPaths, type AstroAlias, type AstroCollection } from './astro-site.js';

const CONTENT_CONFIGS = ['src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs', 'src/content/config.ts', 'src/content/config.mts', 'src/content/config.js', 'src/content/config.mjs'];

export async function loadAstro(repo: RepoIndex, _site: SiteConfig, reason: string): Promise<Engine> {
  const configFile = firstFile(repo, CONTENT_CONFIGS);
  const configText = configFile ? await readSiteFile(repo, configFile) : undefined;
  const collections = configText ? readAstroCollections(configText, { configFile: configFile! }).collections : [];
  const tsconfigFile = firstFile(repo, ['tsconfig.json', 'jsconfig.json']);
  const tsconfigText = tsconfigFile ? await readSiteFile(repo, tsconfigFile) : undefined;
  const aliases: AstroAlias[] = tsconfigText ? readTsconfigPaths(tsconfigText).aliases : [];
  const packageJson = (await readSiteFile(repo, 'package.json')) ?? '';
  const collectionOf = (file: string): AstroCollection | undefined => {
    let best: AstroCollection | undefined;
    for (const collection of collections) {
      const base = collection.base || (collection.loader === 'legacy' ? `src/content/${collection.name}` : '');
      if (base && (file.startsWith(base + '/')) && (!best || base.length > best.base.length)) best = { ...collection, base };
    }
    if (best) return best;
    // Legacy collections live in `src/content/<name>/` whether or not the config names them.
    const segments = file.split('/');
    return segments[0] === 'src' && segments[1] === 'content' ? collections.find((collection) => collection.name === segments[2]) : undefined;
  };
  const facts = await scriptSiteFacts(repo, ['src']);
  return defineEngine({
    name: 'astro',
    reason,
    yamlReader: 'js-yaml',
    renderer: 'remark',
    math: /"remark-math"/.test(packageJson) ? 'dollars' : 'none',
    publicRoots: ['public'],
    // Without a schema, the keys the site's pages and components read (`post.data.heroImage`).
    readKeys: ['title', 'layout', 'draft', ...facts.templateKeys],
    wikiLinks: facts.wikiLinks,
    imageCandidates: (url, postFile) => astroImageCandidates(url, postFile, aliases),
    // Files under src/pages are routes (pages); collections hold the posts.
    kindOf: (file) => (file.startsWith('src/pages/') ? 'page' : 'post'),
    schemaFor(file) {
      const collection = collectionOf(file);
      return collection?.schema && collection.schemaStatus === 'ok' ? { collection: collection.name, schema: collection.schema, legacyContent: collection.loader === 'legacy' && collection.type !== 'data' } : undefined;
    },
    signature: JSON.stringify({ collections, aliases }),
  });
}
