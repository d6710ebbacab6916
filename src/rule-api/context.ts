// The lint context: everything about one post, parsed once and shared by every rule
// (markdownlint's cache, remark's single tree). Derived lists are computed on first use.
import path from 'node:path';
import type { Root } from 'mdast';
import type { Frontmatter } from '../post/frontmatter.js';
import type { Source } from '../post/source.js';
import { collectImages, type ImageRef } from '../post/images.js';
import { inRanges } from './line-ranges.js';
import type { RepoIndex } from '../post/repo.js';
import type { Preset } from '../presets/index.js';
import type { SiteConfig } from '../engines/site-config.js';
import type { Settings } from '../config/settings.js';
import type { Vocabulary } from '../site/vocabulary.js';
import type { SiteIndex } from '../site/site-index.js';
import type { Engine, PostKind } from '../engines/types.js';

/** One message of a remark-lint rule, from the one remark-lint run over the post's tree. */
export interface RemarkMessage {
  ruleId: string;
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintContext {
  /** Repo-relative path with forward slashes. */
  file: string;
  fileName: string;
  source: Source;
  frontmatter: Frontmatter | undefined;
  tree: Root;
  readonly images: ImageRef[];
  preset: Preset;
  site: SiteConfig;
  /** The blog's engine: what it reads, renders and serves. */
  engine: Engine;
  /** Post or page, as the engine sees this file. */
  kind: PostKind;
  repo: RepoIndex;
  settings: Settings;
  /** Tags the blog's posts already use; absent when the vocabulary rule is off. */
  vocabulary?: Vocabulary;
  /** Every post's URL; absent when no rule that needs it is on, or the engine's URLs are not known. */
  siteIndex?: SiteIndex;
  /** Line ranges (1-based, inclusive) of code inside the engine's own code tags (`{% highlight %}`,
   *  `{{< highlight >}}`, `$$` math): content the markdown tree no longer shows. */
  templateCode: ReadonlyArray<readonly [number, number]>;
  /** Where the post was before this change renamed it (repo-relative), when it was renamed. */
  previousPath?: string;
  /** What the enabled remark-lint rules said, by rule id (run once, before the rules, on the shared tree). */
  remarkMessages: ReadonlyMap<string, RemarkMessage[]>;
  /** Options the config gives this rule (`rules: {id: {severity, ...options}}`). */
  options(ruleId: string): Record<string, unknown>;
}

export function createContext(init: Omit<LintContext, 'images' | 'fileName' | 'options'>): LintContext {
  let images: ImageRef[] | undefined;
  return {
    ...init,
    fileName: path.posix.basename(init.file),
    get images() {
      // An image in template code (an `<img>` in a `{{< highlight html >}}` pair that an HTML block
      // ran on past) is code on the published page.
      images ??= collectImages(init.source, init.tree, init.frontmatter, init.preset.coverKeys).filter((image) => image.kind === 'frontmatter' || !inRanges(init.templateCode, image.line));
      return images;
    },
    options: (ruleId) => init.settings.ruleOptions[ruleId] ?? {},
  };
}
