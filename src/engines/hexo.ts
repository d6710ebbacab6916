// Hexo: js-yaml reads the front matter (case-sensitive keys), the markdown renderer named in
// package.json renders the body, Nunjucks tags (`{% codeblock %}`) hold code, `source/` and the
// theme's `source/` are served at the root, posts live in `source/_posts/` and everything else
// under `source/` is a page. The details (defaults, renderers, asset folders) are hexo-site.ts's.
import type { RepoIndex } from '../post/repo.js';
import type { SiteConfig } from './site-config.js';
import { defineEngine, type Engine, type Renderer } from './types.js';
import { readSiteFile } from './site-files.js';
import { scriptSiteFacts } from './theme.js';
import { hexoImageCandidates, hexoPostInfo, readHexoConfig } from './hexo-site.js';
import { hexoPublication } from './publication.js';

export async function loadHexo(repo: RepoIndex, site: SiteConfig, reason: string): Promise<Engine> {
  const configText = site.file ? await readSiteFile(repo, site.file) : undefined;
  const packageJson = await readSiteFile(repo, 'package.json');
  const config = readHexoConfig(configText ?? '', packageJson);
  const themeRoots = config.theme ? [`themes/${config.theme}/source`, `node_modules/hexo-theme-${config.theme}/source`] : [];
  const renderer: Renderer = config.renderer === 'marked' || config.renderer === 'markdown-it' ? config.renderer : 'unknown';
  const facts = await scriptSiteFacts(repo, [...(config.theme ? [`themes/${config.theme}/layout`, `themes/${config.theme}/scripts`] : []), 'scripts']);
  return defineEngine({
    name: 'hexo',
    reason,
    yamlReader: 'js-yaml',
    renderer,
    templates: ['nunjucks'],
    publicRoots: [config.sourceDir, ...themeRoots],
    // Hexo's own keys (hexo.io/docs/front-matter) and what the theme's templates read.
    readKeys: ['layout', 'title', 'date', 'updated', 'comments', 'tags', 'categories', 'permalink', 'excerpt', 'disableNunjucks', 'lang', 'published', 'tag', 'category', ...facts.templateKeys],
    wikiLinks: facts.wikiLinks,
    imageCandidates: (url, postFile) => hexoImageCandidates(url, postFile, config),
    publication: hexoPublication({
      siteDir: config.siteDir,
      sourceDir: config.sourceDir,
      ...(config.timezone ? { timeZone: config.timezone } : {}),
      future: config.future,
      renderDrafts: config.renderDrafts,
      templatesReadDraft: facts.templateKeys.includes('draft'),
    }),
    kindOf(file) {
      const kind = hexoPostInfo(file, config).kind;
      return kind === 'post' || kind === 'draft' ? 'post' : 'page';
    },
    hexoSite: config,
    signature: JSON.stringify(config),
  });
}
