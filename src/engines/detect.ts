// Which engine builds this blog, from the files at its root, when no preset is named: the same
// signs a person would look for. Only names are checked and one small package.json is read, so a
// FIFO or a huge file at the root cannot stall detection.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EngineName } from './types.js';

export interface Detected {
  name: EngineName;
  /** What was seen, for the log: "_config.yml and _posts/". */
  because: string;
  /** For plain markdown: the folders that hold posts, when the blog has conventional ones. */
  posts?: string[];
}

/** Where sites without a known engine (Gatsby, Next.js, custom) keep their posts. */
const POST_FOLDERS = ['posts', 'content/posts', 'content/blog', 'contents/posts', 'content', 'contents', 'blog', 'src/posts', 'src/content', 'data/blog', 'src/data/blog'];

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config/_default/hugo.toml', 'config/_default/hugo.yaml', 'config/_default/config.toml', 'config/_default/config.yaml'];
const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'];
const MAX_PACKAGE_JSON = 256 * 1024;

export async function detectEngine(root: string): Promise<Detected> {
  const jekyllConfig = await firstFile(root, ['_config.yml', '_config.yaml']);
  // `_posts/` at the root is Jekyll's alone (Hexo keeps its posts in source/_posts/).
  if (await isFolder(root, '_posts')) return { name: 'jekyll', because: jekyllConfig ? `${jekyllConfig} and _posts/` : '_posts/' };
  const hugoConfig = await firstFile(root, HUGO_CONFIGS);
  if (hugoConfig && (await isFolder(root, 'content'))) return { name: 'hugo', because: `${hugoConfig} and content/` };
  if (await dependsOnHexo(root)) return { name: 'hexo', because: 'hexo in package.json' };
  const astroConfig = await firstFile(root, ASTRO_CONFIGS);
  if (astroConfig) return { name: 'astro', because: astroConfig };
  if (await isFolder(root, '_drafts')) return { name: 'jekyll', because: jekyllConfig ? `${jekyllConfig} and _drafts/` : '_drafts/' };
  const because = 'no _config.yml with _posts/, no Hugo config with content/, no hexo in package.json, no astro.config';
  // A repository's other markdown (README, docs, notes) is not posts: take the post folders it has.
  const folders: string[] = [];
  for (const folder of POST_FOLDERS) {
    if (folders.some((taken) => folder.startsWith(taken + '/'))) continue;
    if (await isFolder(root, folder)) folders.push(folder);
  }
  if (folders.length === 0) return { name: 'markdown', because };
  return { name: 'markdown', because: `${because}; posts in ${folders.map((folder) => folder + '/').join(', ')}`, posts: folders.map((folder) => `${folder}/**/*.{md,markdown,mdx}`) };
}

async function firstFile(root: string, names: string[]): Promise<string | undefined> {
  for (const name of names) {
    const stat = await fs.stat(path.join(root, name)).catch(() => undefined);
    if (stat?.isFile()) return name;
  }
  return undefined;
}

async function isFolder(root: string, name: string): Promise<boolean> {
  const stat = await fs.stat(path.join(root, name)).catch(() => undefined);
  return !!stat?.isDirectory();
}

async function dependsOnHexo(root: string): Promise<boolean> {
  const file = path.join(root, 'package.json');
  // Only a regular file inside the repository: a link leading out of it is not read.
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile() || stat.size > MAX_PACKAGE_JSON) return false;
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
    return 'hexo' in (data.dependencies ?? {}) || 'hexo' in (data.devDependencies ?? {}) || (!!data.hexo && typeof data.hexo === 'object');
  } catch {
    return false;
  }
}

/**
 * The preset a run uses, and why: the command line or action input first, then the config file,
 * then what the repository looks like. Both front doors call this, so both say the same.
 */
export async function choosePreset(root: string, given: EngineName | undefined, fromConfig: EngineName | undefined, givenBy: string): Promise<{ name: EngineName; reason: string; posts?: string[] }> {
  if (given) return { name: given, reason: `${givenBy} ${given}` };
  if (fromConfig) return { name: fromConfig, reason: `config file preset ${fromConfig}` };
  const detected = await detectEngine(root);
  return { name: detected.name, reason: `detected ${detected.name} (${detected.because})`, ...(detected.posts ? { posts: detected.posts } : {}) };
}
