// Plain markdown: no engine the linter knows (Gatsby, Next.js, a custom site). CommonMark is the
// fair guess for the body; site code reads keys as written; images may be served from the usual
// public folders. Files that document the repository are not posts.
import type { SiteConfig } from './site-config.js';
import { defineEngine, type Engine } from './types.js';
import type { RepoIndex } from '../post/repo.js';
import { readSiteFile } from './site-files.js';
import { scriptSiteFacts } from './theme.js';

const NOT_POSTS = /^(?:readme|changelog|contributing|code_of_conduct|license|security|support|authors|history)\.(?:md|markdown|mdx)$/i;

export async function loadMarkdown(repo: RepoIndex, _site: SiteConfig, reason: string): Promise<Engine> {
  const packageJson = (await readSiteFile(repo, 'package.json')) ?? '';
  const facts = await scriptSiteFacts(repo, ['src', 'lib', 'pages', 'app', 'components', 'layouts', 'utils', 'plugins', 'scripts', 'gatsby-node.js', 'gatsby-node.ts', 'contentlayer.config.ts', 'contentlayer.config.js']);
  return defineEngine({
    name: 'markdown',
    reason,
    // JavaScript sites read front matter with gray-matter or front-matter, both js-yaml.
    yamlReader: 'js-yaml',
    renderer: 'commonmark',
    math: /"remark-math"/.test(packageJson) ? 'dollars' : 'none',
    publicRoots: ['', 'public', 'static', 'source'],
    readKeys: facts.templateKeys,
    wikiLinks: facts.wikiLinks,
    // A custom site's own code may serve an image from anywhere (a Next.js plugin rewriting
    // `/images/x.svg` to `public/2021/06/images/x.svg`): a file not found is no verdict; a file
    // found with another case still is (image-missing's case check).
    imageUnknowable: () => true,
    kindOf: (file) => (NOT_POSTS.test(file.split('/').pop() ?? '') || file.startsWith('.github/') ? 'page' : 'post'),
  });
}
