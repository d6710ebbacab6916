// Hexo: js-yaml reads the front matter (case-sensitive keys), a markdown renderer from
// package.json renders the body, Nunjucks tags (`{% codeblock %}`) hold code, `source/` and the
// theme's `source/` are served at the root, and posts live in `source/_posts/`.
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { RepoIndex } from '../engine/repo.js';
import type { SiteConfig } from '../config/site.js';
import type { Engine, Renderer } from './types.js';
import { readSiteFile } from './site-files.js';

export async function loadHexo(repo: RepoIndex, site: SiteConfig, reason: string): Promise<Engine> {
  const configText = site.file ? await readSiteFile(repo, site.file) : undefined;
  let config: Record<string, unknown> = {};
  try {
    const data = configText ? parseYaml(configText, { maxAliasCount: 100 }) : {};
    if (data && typeof data === 'object') config = data as Record<string, unknown>;
  } catch {
    // an unreadable config is Hexo's to reject
  }
  const sourceDir = typeof config.source_dir === 'string' && config.source_dir.trim() ? config.source_dir.trim().replace(/\/$/, '') : 'source';
  const theme = typeof config.theme === 'string' && config.theme.trim() ? config.theme.trim() : undefined;
  const postAssetFolder = config.post_asset_folder === true;
  const publicRoots = [sourceDir, ...(theme ? [`themes/${theme}/source`, `node_modules/hexo-theme-${theme}/source`] : [])];
  const packageJson = await readSiteFile(repo, 'package.json');
  return {
    name: 'hexo',
    reason,
    keysCaseSensitive: true,
    yamlReader: 'js-yaml',
    renderer: rendererOf(packageJson),
    templates: ['nunjucks'],
    kramdownAttributes: false,
    publicRoots,
    lowercaseTags: false,
    mergesTermSpellings: false,
    datesInSiteZone: false,
    imageCandidates(url, postFile) {
      if (url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return [];
      const candidates: string[] = [];
      // With post_asset_folder, `x.png` is the file in the folder named like the post.
      const assetFolder = postFile.replace(/\.[^./]+$/, '');
      if (postAssetFolder) candidates.push(path.posix.join(assetFolder, url));
      // Hexo serves relative URLs against the post's permalink; the asset folder is the usual target either way.
      else candidates.push(path.posix.join(assetFolder, url));
      return candidates.filter((candidate) => !candidate.startsWith('../'));
    },
    imageUnknowable: () => false,
    kindOf(file) {
      const segments = file.split('/');
      return segments[0] === sourceDir && (segments[1] === '_posts' || segments[1] === '_drafts') ? 'post' : 'page';
    },
    schemaFor: () => undefined,
  };
}

function rendererOf(packageJson: string | undefined): Renderer {
  if (!packageJson) return 'marked';
  if (/"hexo-renderer-markdown-it(?:-plus)?"/.test(packageJson)) return 'markdown-it';
  if (/"hexo-renderer-(?:pandoc|kramed)"/.test(packageJson)) return 'unknown';
  return 'marked';
}
