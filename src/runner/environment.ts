// What a run lints in: the repository's files, the site's config, its engine and settings, and
// what some rules need from every post (the tag vocabulary, the URL index). Built once by the front
// door and sent to the lint workers as plain data. Nothing here loads the rules: a front door that
// lints in workers never loads them itself (runner/lint.ts is the workers' side).
import path from 'node:path';
import { readPost } from '../post/read.js';
import { readPosts, taxonomyOfRead, vocabularyFromData, type Vocabulary } from '../site/vocabulary.js';
import { siteFrontmatterOf, siteIndexFrom, SITE_INDEX_RULES, type SiteIndex } from '../site/site-index.js';
import { termOptionsFrom, type TermOptions } from '../post/tags.js';
import { indexRepository, matchGlobs, postCandidates, toRepoPath, type RepoIndex } from '../post/repo.js';
import type { FileResult, Report } from '../core/types.js';
import { effectiveSeverity, type Settings } from '../config/settings.js';
import { loadSiteConfig, type SiteConfig } from '../engines/site-config.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { loadEngine, type Engine } from '../engines/index.js';

export interface LintEnvironment {
  repo: RepoIndex;
  site: SiteConfig;
  /** What the blog's engine does: the rules ask it instead of the preset's name. */
  engine: Engine;
  settings: Settings;
  vocabulary?: Vocabulary;
  /** Every post's URL (when a rule that needs it is on): collisions and link targets are site-wide. */
  siteIndex?: SiteIndex;
  /** Renamed posts: path now -> path before the change (repo-relative), from the PR or git. */
  previousPaths?: ReadonlyMap<string, string>;
}

export async function createEnvironment(root: string, settings: Settings): Promise<LintEnvironment> {
  return addVocabulary(await createBaseEnvironment(root, settings));
}

/** The repository, the site's config and its engine: what parsing any one post needs. */
export async function createBaseEnvironment(root: string, settings: Settings): Promise<LintEnvironment> {
  const repo = await indexRepository(root);
  const site = await loadSiteConfig(repo.root, settings.preset.name);
  const engine = await loadEngine(settings.preset.name, repo, site, settings.presetReason);
  return { repo, site, engine, settings };
}

/**
 * Adds what some rules need from every post the preset knows, not only the ones being linted: the
 * tag vocabulary (tags-vocabulary) and the URL index (permalink-collision, the link rules). Each
 * post is read once for both; nothing is read when no such rule is on.
 */
export async function addVocabulary(environment: LintEnvironment): Promise<LintEnvironment> {
  const { repo, settings, engine } = environment;
  const wantsVocabulary = !!effectiveSeverity(settings, 'tags-vocabulary');
  const wantsIndex =
    (SITE_INDEX_RULES.some((id) => effectiveSeverity(settings, id)) && (engine.permalinks === 'jekyll' || (engine.permalinks === 'hugo' && !!engine.hugoUrls))) ||
    // Hexo's `{% post_link %}` finds a post by its title too: link-tag-target needs every post's title.
    (!!engine.hexoSite && !!effectiveSeverity(settings, 'link-tag-target'));
  if (!wantsVocabulary && !wantsIndex) return environment;
  const posts = matchGlobs(repo.files, settings.posts, settings.ignore);
  const added: LintEnvironment = { ...environment };
  // Both passes from one parse of each post's front matter (the URL keys and the tags).
  if (wantsIndex) {
    const frontmatters = await readPosts(repo.root, posts, settings.maxFileSize, (read) => siteFrontmatterOf(read, engine, wantsVocabulary));
    if (wantsVocabulary) added.vocabulary = vocabularyFromData(posts, frontmatters.map((frontmatter) => (frontmatter === 'unreadable' ? undefined : frontmatter?.data)), termOptions(settings, engine), splitOnSpaces(settings));
    added.siteIndex = siteIndexFrom(posts, frontmatters, { engine, preset: settings.preset, site: environment.site });
  } else {
    added.vocabulary = vocabularyFromData(posts, await readPosts(repo.root, posts, settings.maxFileSize, taxonomyOfRead), termOptions(settings, engine), splitOnSpaces(settings));
  }
  return added;
}

function termOptions(settings: Settings, engine: Engine): TermOptions {
  return termOptionsFrom(settings.ruleOptions['tags-normalize'] ?? {}, 'tags', engine.lowercaseTags);
}

function splitOnSpaces(settings: Settings): boolean {
  return settings.preset.taxonomyString === 'split-on-spaces';
}


export function buildReport(files: FileResult[], settings: Settings): Report {
  let errorCount = 0;
  let warningCount = 0;
  for (const result of files) {
    for (const problem of result.problems) {
      if (problem.severity === 'error') errorCount++;
      else warningCount++;
    }
  }
  return { tool: { name: TOOL_NAME, version: TOOL_VERSION }, preset: settings.preset.name, presetReason: settings.presetReason, lang: settings.lang, files, errorCount, warningCount };
}

/** Expands paths and globs (or the preset's post globs) to repo-relative post files. */
export function selectPosts(repo: RepoIndex, settings: Settings, patterns: string[]): string[] {
  const include = patterns.length > 0 ? patterns.map((pattern) => toPattern(repo.root, pattern)) : settings.posts;
  return matchGlobs(postCandidates(repo), include, settings.ignore);
}

function toPattern(root: string, pattern: string): string {
  const relative = path.isAbsolute(pattern) ? path.relative(root, pattern) : pattern;
  const clean = relative.split(path.sep).join('/').replace(/^\.\//, '').replace(/\/$/, '');
  if (clean === '' || clean === '.') return '**/*.{md,markdown,mdx}';
  // A plain folder name means every post below it.
  return /[*?{[]/.test(clean) || /\.(md|markdown|mdx)$/i.test(clean) ? clean : `${clean}/**/*.{md,markdown,mdx}`;
}


/** Reads a post for fixing: the same safety checks as linting; undefined when it cannot be read. */
export async function readForFix(file: string, environment: LintEnvironment): Promise<string | undefined> {
  const safe = await toRepoPath(environment.repo.root, file);
  if (safe === undefined) return undefined;
  const read = await readPost(path.join(environment.repo.root, safe), environment.settings.maxFileSize);
  if (!read.ok) return undefined;
  return (read.source.bomLength ? '\ufeff' : '') + read.source.text;
}
