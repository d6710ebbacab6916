// What a blog engine does with a post, as the rules need to know it. Each engine module (jekyll,
// hugo, hexo, astro, markdown) reads the repository once — config, theme, layouts, package.json,
// tsconfig — and answers these questions; rules ask the engine instead of switching on its name.
import type { EngineName } from '../presets/index.js';

export type { EngineName };

/** The library that turns the body into HTML: emphasis and attribute syntax differ between them. */
export type Renderer = 'kramdown' | 'goldmark' | 'remark' | 'marked' | 'markdown-it' | 'commonmark' | 'unknown';

/** Whose YAML reads the front matter: that parser, not a stricter one, decides what is an error. */
export type YamlReader = 'psych' | 'js-yaml' | 'go-yaml' | 'yaml';

/** Template syntaxes that wrap parts of the body the markdown renderer never sees as markdown. */
export type TemplateSyntax = 'liquid' | 'hugo-shortcodes' | 'nunjucks';

/** 'unpublished': the engine never builds this file (a Jekyll `_posts` file without a date in its name). */
export type PostKind = 'post' | 'page' | 'unpublished';

import type { AstroObjectSchema } from './astro-site.js';
import type { HexoConfig } from './hexo-site.js';
import { sitePublication, type PublicationOf } from './publication.js';

/** The schema a site validates a post's front matter with (Astro's zod `z.object`, read as text). */
export interface ContentSchema {
  collection: string;
  schema: AstroObjectSchema;
  /** A legacy `type: 'content'` collection: Astro takes `slug` out before validating. */
  legacyContent: boolean;
}

export interface Engine {
  name: EngineName;
  /** Why this engine: "detected: hugo.toml and content/" or "preset: hugo (config file)". */
  reason: string;
  /** Jekyll, Hexo and Astro read `title:`, not `Title:`; Hugo reads both. */
  keysCaseSensitive: boolean;
  yamlReader: YamlReader;
  renderer: Renderer;
  /**
   * The renderer publishes inline HTML (`<strong>`) as written. Hugo's goldmark drops it
   * (`<!-- raw HTML omitted -->`) unless `markup.goldmark.renderer.unsafe` is on.
   */
  rawHtml: boolean;
  templates: TemplateSyntax[];
  /**
   * Hugo paired shortcodes (`{{< code >}}…{{< /code >}}`) whose template prints the inner text without
   * rendering it as markdown (`<pre><code>{{ .Inner }}</code></pre>`): their insides are code to the
   * linter too, as `highlight`'s are.
   */
  codeShortcodes: string[];
  /** Kramdown block attribute lines (`{: .prompt-tip }`) belong to the block above, not to the text. */
  kramdownAttributes: boolean;
  /**
   * Math the renderer hands to MathJax/KaTeX untouched: kramdown's `$$…$$` (block and inline), or
   * remark-math's `$…$` and `$$…$$`. Its `_{i}` and `^*` are LaTeX, not emphasis.
   */
  math: 'none' | 'double-dollars' | 'dollars';
  /** Folders served at the site root ('' = the repository root), in the engine's order. */
  publicRoots: string[];
  /** A theme that documents lowercase tag names (Chirpy) makes a capital letter in a tag a problem. */
  lowercaseTags: boolean;
  /** Hugo files `Go`, `go` and `GO` under one term page: spellings that differ only so do not clash. */
  mergesTermSpellings: boolean;
  /** Jekyll shows dates (and builds URLs) in the site's `timezone:`, else the build machine's (UTC). */
  datesInSiteZone: boolean;
  /**
   * How a post's URL is made: Jekyll's permalink placeholders, Hugo's content path (and `slug`/`url`),
   * or the file's own path (Hexo, Astro and custom sites route posts in their own code or config).
   */
  permalinks: 'jekyll' | 'hugo' | 'path';
  /**
   * Hugo: what its config says about URLs (`[permalinks]` per section, `disablePathToLower`, the
   * content folder). Absent when they cannot be told (a multilingual site, `uglyURLs`).
   */
  hugoUrls?: HugoUrls;
  /**
   * Hexo: what its `_config.yml` says (source folder, `new_post_name`, `post_asset_folder`,
   * `render_drafts`): which post a `{% post_link %}` names and which file an `{% asset_img %}` does.
   */
  hexoSite?: HexoConfig;
  /** Where an old URL is kept when a post moves (`redirect_from:` with jekyll-redirect-from, Hugo `aliases:`). */
  redirects?: { key: string; plugin: string };
  /**
   * Jekyll's permalinks (`/posts/x/`, `.html`) break a relative image path, so a local image is
   * written root-absolute there; elsewhere the author's relative style is kept.
   */
  rootAbsoluteImages: boolean;
  /**
   * Jekyll parses a date string with Ruby's `Time.parse`, which takes a valid date (and time) and
   * ignores what follows (`2022-01-14 15:28:00 +/-0900` is read, in the site's zone; checked).
   */
  lenientDates: boolean;
  /** Extra repository paths an image URL may mean (bundles, asset folders, aliases), most likely first. */
  imageCandidates(url: string, postFile: string, fromFrontmatter?: boolean): string[];
  /**
   * True when something the linter cannot read rewrites this image URL (a Hugo render hook),
   * so a file not found is not a verdict.
   */
  imageUnknowable(url: string, postFile: string): boolean;
  /**
   * Something rewrites a post's relative link URLs before they are published: a Hugo render-link
   * hook, or jekyll-relative-links with `collections: true` (its default leaves posts alone). A
   * relative link that looks broken is no verdict then.
   */
  linkHook: boolean;
  /** Posts get every rule; pages (Hugo `_index.md`, about, archive) only the rules that fit a page. */
  kindOf(file: string, data: Record<string, unknown> | undefined): PostKind;
  /** The content schema that validates this post's front matter, when the site has one. */
  schemaFor(file: string): ContentSchema | undefined;
  /**
   * Front matter keys something reads: the engine's own, its theme's, and those the site's templates
   * or code name (`page.xxx`, `.Params.xxx`). A key outside them that is one slip from one of them
   * is a typo whose value is dropped.
   */
  readKeys: string[];
  /** True when the layout this post gets prints its `title` as the page's <h1> (Chirpy, most Hugo themes). */
  titleHeading(file: string, data: Record<string, unknown> | undefined): boolean;
  /** True when a plugin the site configures renders Obsidian `[[wiki links]]` and `![[embeds]]`. */
  wikiLinks: boolean;
  /**
   * Whether (and when) the engine publishes this file, as of `now`: what the preview card says and
   * the publication rules check. Undefined when the engine's answer cannot be known here.
   */
  publication: PublicationOf;
  /**
   * The cron of a workflow that rebuilds the site on a schedule: a post dated in the future then
   * appears by itself after its date (without one, at the first push after it).
   */
  scheduledBuild?: string;
  /** What else the engine read (schemas, aliases), as text for the cache key. */
  signature?: string;
}

export interface HugoUrls {
  contentDir: string;
  /** Section (or page kind) -> pattern (`posts = '/blog/:slug/'`). */
  permalinks: Record<string, string>;
  /** Hugo lowercases every path it makes from a file name, a slug or a title, unless `disablePathToLower`. */
  lowercase: boolean;
}

/** What most engines do; each engine module states only where it differs. */
const ENGINE_DEFAULTS = {
  keysCaseSensitive: true,
  rawHtml: true,
  templates: [],
  codeShortcodes: [],
  kramdownAttributes: false,
  math: 'none',
  lowercaseTags: false,
  mergesTermSpellings: false,
  datesInSiteZone: false,
  permalinks: 'path',
  rootAbsoluteImages: false,
  lenientDates: false,
  imageCandidates: () => [],
  imageUnknowable: () => false,
  linkHook: false,
  schemaFor: () => undefined,
  readKeys: [],
  titleHeading: () => false,
  wikiLinks: false,
  publication: sitePublication,
} satisfies Partial<Engine>;

type EngineDefaults = keyof typeof ENGINE_DEFAULTS;

export function defineEngine(engine: Omit<Engine, EngineDefaults> & Partial<Pick<Engine, EngineDefaults>>): Engine {
  return { ...ENGINE_DEFAULTS, ...engine };
}
