// The corpus blogs as lint environments: posts read in place from ../shared/corpus/real, each
// blog's image files known from its `.assets.txt` list (the repo index is built from that list,
// not a walk), the preset each blog uses, and the site-config lines a verdict depends on.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { corpusDir, NOW } from './helpers.js';
import { createRepoIndex } from '../src/post/repo.js';
import { resolveSettings } from '../src/config/settings.js';
import { loadEngine } from '../src/engines/index.js';
import { addVocabulary, type LintEnvironment } from '../src/runner/environment.js';
import type { PresetName } from '../src/presets/index.js';
import type { SiteConfig } from '../src/engines/site-config.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

const PRESET_OF: Record<string, PresetName> = {
  'golangkorea__golangkorea-hugo': 'hugo',
  'jessfraz__blog': 'hugo',
  'mesosphere__d2iq-engineering-blog': 'hugo',
  'MaximeHeckel__blog.maximeheckel.com': 'markdown',
  'devHudi__gatsby-starter-hoodie': 'markdown',
  'hawk90__hawk90.github.io': 'markdown',
  'yceffort__yceffort-blog-v2': 'markdown',
  'xovel__xovel.github.io': 'markdown',
};

// Chirpy's demo serves all post media from the CDN its own _config.yml names.
const SITE_OF: Record<string, SiteConfig> = {
  'cotes2020__jekyll-theme-chirpy': { future: false, baseUrl: '', defaults: [], cdn: 'https://chirpy-img.netlify.app', timeZone: 'Asia/Shanghai' },
};

export interface CorpusBlog {
  name: string;
  root: string;
  posts: string[];
  environment: LintEnvironment;
}

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files;
}

export async function loadCorpusBlogs(): Promise<CorpusBlog[]> {
  const names = (await fs.readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const blogs: CorpusBlog[] = [];
  for (const name of names) {
    const root = path.join(corpusDir, name);
    const posts = await listFiles(root);
    const assets = (await fs.readFile(`${root}.assets.txt`, 'utf8')).split('\n').filter(Boolean);
    const repo = createRepoIndex(root, new Set([...posts, ...assets]));
    const settings = resolveSettings(ruleCatalogue, { preset: PRESET_OF[name] ?? 'jekyll', now: NOW });
    // The same environment as a run would have, tag vocabulary included.
    const site = SITE_OF[name] ?? { future: false, baseUrl: '', defaults: [] };
    const engine = await loadEngine(settings.preset.name, repo, site);
    const environment = await addVocabulary({ repo, site, engine, settings });
    blogs.push({ name, root, posts, environment });
  }
  return blogs;
}
