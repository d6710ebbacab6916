// The blog engines the rules consult. `loadEngine` reads what the site says (config, theme,
// layouts, package.json) once per run; `detectEngine` picks the engine when no preset names one.
import type { RepoIndex } from '../post/repo.js';
import type { SiteConfig } from './site-config.js';
import type { Engine, EngineName } from './types.js';
import { loadJekyll } from './jekyll.js';
import { loadHugo } from './hugo.js';
import { loadHexo } from './hexo.js';
import { loadAstro } from './astro.js';
import { loadMarkdown } from './markdown.js';
import { scheduledBuild } from './publication.js';

export type { Engine, EngineName } from './types.js';
export { detectEngine, type Detected } from './detect.js';

export async function loadEngine(name: EngineName, repo: RepoIndex, site: SiteConfig, reason = `preset ${name}`): Promise<Engine> {
  const engine = await loadNamed(name, repo, site, reason);
  const cron = await scheduledBuild(repo);
  return cron ? { ...engine, scheduledBuild: cron, signature: `${engine.signature ?? ''}\nscheduled build: ${cron}` } : engine;
}

async function loadNamed(name: EngineName, repo: RepoIndex, site: SiteConfig, reason: string): Promise<Engine> {
  switch (name) {
    case 'jekyll':
      return loadJekyll(repo, site, reason);
    case 'hugo':
      return loadHugo(repo, site, reason);
    case 'hexo':
      return loadHexo(repo, site, reason);
    case 'astro':
      return loadAstro(repo, site, reason);
    case 'markdown':
      return loadMarkdown(repo, site, reason);
  }
}
