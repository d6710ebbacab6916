// Markdown as GitHub shows it in a pull request's conversation, in a real browser: GFM -> HTML
// (micromark with the GFM extensions; raw HTML passed through, so anything a post could smuggle
// in would show), inside a page with GitHub-like CSS at the width of a PR comment, in headless
// Chromium with the Noto CJK and emoji fonts. Used by test/comment-render.test.ts (the layout
// checks) and, through it, by `npm run docs:screenshots` (docs/*.png).
//
// Chromium is driven by its own command line (--dump-dom, --screenshot), not by playwright: no
// npm dependency and no browser download (the network is closed here; CI installs Debian's
// `chromium`). A page script measures the layout and writes JSON into the DOM that --dump-dom
// returns; --virtual-time-budget lets it finish before the dump.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { micromark } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTableHtml } from 'micromark-extension-gfm-table';
import { gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item';

const chromium = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate): candidate is string => !!candidate && existsSync(candidate));

function hasCjkFont(): boolean {
  try {
    return /Noto Sans CJK/i.test(execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

/** Why the browser tests cannot run here, or undefined when they can. */
export const NO_BROWSER = !chromium
  ? 'headless Chromium not found (/usr/bin/chromium; set CHROMIUM=<path>, or `apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji`)'
  : !hasCjkFont()
    ? 'no Noto Sans CJK font (fc-list :lang=ko), so Korean would not render as on GitHub (`apt-get install fonts-noto-cjk`)'
    : undefined;
export const CHROMIUM = NO_BROWSER ? undefined : chromium;

/**
 * The width of a comment's rendered markdown in a PR's conversation on github.com at a 1280 px
 * window: the page container (1280 - 2 × 32 padding) less the sidebar (296 + 32 gutter) leaves an
 * 888 px timeline; the avatar gutter takes 56, the comment's border 2 and its padding 2 × 16,
 * which leaves about 798. 780 leaves a margin for the layout's other paddings and is the width
 * these tests hold the comment to.
 */
export const COMMENT_WIDTH = 780;

/** GitHub-flavoured markdown to HTML, as the tests see GitHub render it (GFM's tag filter left out on purpose). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmAutolinkLiteralHtml(), gfmFootnoteHtml(), gfmStrikethroughHtml(), gfmTableHtml(), gfmTaskListItemHtml()],
  });
}

/** What a reader sees: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_w, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_w, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// The rules of github.com's markdown CSS (primer/css markdown, as in github-markdown-css) that
// decide wrapping and size: a comment's 14px/1.5 type, `word-wrap: break-word`, tables as blocks
// of `max-content` width, 6px 13px cells, code at 85% with `break-spaces`.
const CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1f2328; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; font-size: 14px; line-height: 1.5; }
.timeline { display: flex; gap: 16px; padding: 16px; width: max-content; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #8250df; flex: none; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; padding: 8px 16px; color: #59636e; }
.comment-header b { color: #1f2328; }
.label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 4px; }
.markdown-body { width: calc(var(--content) + 32px); padding: 16px; word-wrap: break-word; }
.markdown-body > *:first-child { margin-top: 0 !important; }
.markdown-body > *:last-child { margin-bottom: 0 !important; }
h2, h3 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; }
h3 { font-size: 1.25em; }
p, ul, table, details { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 85%; white-space: break-spaces; background: #818b981f; border-radius: 6px; padding: .2em .4em; margin: 0; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; font-variant: tabular-nums; }
th { font-weight: 600; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
ul { padding-left: 2em; }
ul ul { margin: 0; }
li + li { margin-top: .25em; }
details > summary { cursor: pointer; margin-bottom: 8px; }
sub { color: #59636e; }
`;

/**
 * The layout measurement, run in the page. Short texts that a reader takes in as one unit (a table
 * header or a short cell such as a label, a severity or a line number; a rule id; a card's label)
 * must each sit on one line: how many lines each takes, plus the page's size. Longer cells are
 * prose, which wraps like any paragraph.
 */
const MEASURE = `
(() => {
  const lines = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0).sort((a, b) => a.top - b.top);
    let count = 0;
    let bottom = -Infinity;
    for (const rect of rects) {
      if (rect.top >= bottom - 2) { count++; bottom = rect.bottom; } else bottom = Math.max(bottom, rect.bottom);
    }
    return count;
  };
  const results = [];
  for (const block of document.querySelectorAll('.timeline')) {
    const items = [];
    const seen = new Set();
    const add = (kind, element) => {
      if (seen.has(element)) return;
      seen.add(element);
      items.push({ kind, text: element.textContent.trim(), lines: lines(element) });
    };
    for (const element of block.querySelectorAll('.markdown-body th')) add('header', element);
    for (const element of block.querySelectorAll('.markdown-body td')) if ([...element.textContent.trim()].length <= 30) add('cell', element);
    for (const element of block.querySelectorAll('.markdown-body sub code')) add('rule', element);
    for (const element of block.querySelectorAll('.markdown-body li > strong')) add('label', element);
    const body = block.querySelector('.markdown-body');
    const box = block.getBoundingClientRect();
    results.push({ contentWidth: body.clientWidth - 32, width: Math.ceil(box.width), height: Math.ceil(box.height), tables: [...block.querySelectorAll('.markdown-body table')].map((table) => ({ width: table.scrollWidth, shown: table.clientWidth })), items });
  }
  const out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify(results);
  document.body.appendChild(out);
})();
`;

export interface Measure {
  contentWidth: number;
  width: number;
  height: number;
  tables: Array<{ width: number; shown: number }>;
  items: Array<{ kind: 'header' | 'cell' | 'rule' | 'label'; text: string; lines: number }>;
}

interface Block {
  markdown: string;
  lang: string;
}

function page(blocks: Block[], width: number, measure: boolean): string {
  const comments = blocks.map((block) => `<div class="timeline" lang="${block.lang}"><div class="avatar"></div><div class="comment"><div class="comment-header"><b>github-actions</b> <span class="label">bot</span> commented now</div><div class="markdown-body">${renderGfm(block.markdown)}</div></div></div>`);
  return `<!doctype html><html lang="${blocks[0]?.lang ?? 'en'}"><head><meta charset="utf-8"><style>:root { --content: ${width}px; }${CSS}</style></head><body>${comments.join('')}${measure ? `<script>${MEASURE}</script>` : ''}</body></html>`;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--force-device-scale-factor=1'];

async function withPage<T>(html: string, work: (file: string, profile: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-chromium-'));
  try {
    const file = path.join(dir, 'comment.html');
    await fs.writeFile(file, html);
    return await work(file, path.join(dir, 'profile'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Renders each markdown as a PR comment `width` px wide (one browser run for all) and measures what wrapped. */
export async function measureComments(blocks: Block[], width = COMMENT_WIDTH): Promise<Measure[]> {
  return withPage(page(blocks, width, true), async (file, profile) => {
    const { stdout } = await promisify(execFile)(CHROMIUM!, [...FLAGS, `--user-data-dir=${profile}`, '--window-size=1280,800', '--virtual-time-budget=5000', '--dump-dom', `file://${file}`], { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
    const json = /<pre id="measure">([\s\S]*?)<\/pre>/.exec(stdout)?.[1];
    if (!json) throw new Error(`Chromium ran but the page's measurement is missing from --dump-dom:\n${stdout.slice(0, 500)}`);
    return JSON.parse(json.replace(/&nbsp;/g, '\u00a0').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Measure[];
  });
}

/** A PNG of the whole comment: the window is the measured size of the page, so nothing is cropped. */
export async function screenshotComment(markdown: string, lang: string, output: string, measure: Measure, width = COMMENT_WIDTH): Promise<void> {
  await withPage(page([{ markdown, lang }], width, false), async (file, profile) => {
    await promisify(execFile)(CHROMIUM!, [...FLAGS, `--user-data-dir=${profile}`, `--window-size=${measure.width},${measure.height}`, `--screenshot=${output}`, `file://${file}`], { timeout: 90_000 });
  });
}

/** Width and height of a PNG file. */
export async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const png = await fs.readFile(file);
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
