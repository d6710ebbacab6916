// Plain markdown: no engine the linter knows (Gatsby, Next.js, a custom site). CommonMark is the
// fair guess for the body; site code reads keys as written; images may be served from the usual
// public folders. Files that document the repository are not posts.
import type { SiteConfig } from '../config/site.js';
import type { Engine } from './types.js';
import type { RepoIndex } from '../engine/repo.js';
import { readSiteFile } from './site-files.js';

const NOT_POSTS = /^(?:readme|changelog|contributing|code_of_conduct|license|security|support|authors|history)\.(?:md|markdown|mdx)$/i;

export async function loadMarkdown(repo: RepoIndex, _site: SiteConfig, reason: string): Promise<Engine> {
  const packageJson = (await readSiteFile(repo, 'package.json')) ?? '';
  return {
    name: 'markdown',
    reason,
    keysCaseSensitive: true,
    // JavaScript sites read front matter with gray-matter or front-matter, both js-yaml.
    yamlReader: 'js-yaml',
    renderer: 'commonmark',
    templates: [],
    kramdownAttributes: false,
    math: /"remark-math"/.test(packageJson) ? 'dollars' : 'none',
    publicRoots: ['', 'public', 'static', 'source'],
    lowercaseTags: false,
    mergesTermSpellings: false,
    datesInSiteZone: false,
    imageCandidates: () => [],
    // A custom site may serve `./images/x.png` from anywhere (Next.js `public/2020/06/images/`):
    // a relative path is checked only when it resolves; a root path is checked against public roots.
    imageUnknowable: (url) => !url.startsWith('/'),
    kindOf: (file) => (NOT_POSTS.test(file.split('/').pop() ?? '') || file.startsWith('.github/') ? 'page' : 'post'),
    schemaFor: () => undefined,
  };
}
