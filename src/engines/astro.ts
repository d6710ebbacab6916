// Astro: content collections (`src/content/<collection>/`) hold the posts and a zod schema in
// `src/content/config.ts` decides which keys exist and what they hold; remark renders the body;
// `public/` is served at the root, and relative images resolve from the post's own folder.
import path from 'node:path';
import type { RepoIndex } from '../engine/repo.js';
import type { SiteConfig } from '../config/site.js';
import type { ContentSchema, Engine } from './types.js';

export async function loadAstro(repo: RepoIndex, _site: SiteConfig, reason: string, schemas: ContentSchema[] = [], aliases: Array<{ prefix: string; targets: string[] }> = []): Promise<Engine> {
  return {
    name: 'astro',
    reason,
    keysCaseSensitive: true,
    yamlReader: 'js-yaml',
    renderer: 'remark',
    templates: [],
    kramdownAttributes: false,
    publicRoots: ['public'],
    lowercaseTags: false,
    mergesTermSpellings: false,
    datesInSiteZone: false,
    imageCandidates(url, postFile) {
      for (const alias of aliases) {
        if (url.startsWith(alias.prefix)) return alias.targets.map((target) => path.posix.join(target, url.slice(alias.prefix.length)));
      }
      if (url.startsWith('/')) return [];
      return [path.posix.join(path.posix.dirname(postFile), url)].filter((candidate) => !candidate.startsWith('../'));
    },
    imageUnknowable: () => false,
    kindOf: (file) => (file.startsWith('src/pages/') ? 'page' : 'post'),
    schemaFor(file) {
      const segments = file.split('/');
      const collection = segments[0] === 'src' && segments[1] === 'content' ? segments[2] : undefined;
      return schemas.find((schema) => schema.collection === collection);
    },
  };
}

