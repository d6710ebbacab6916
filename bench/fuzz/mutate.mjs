// The fuzz harness's inputs: a seeded random source and the mutators that turn a real post into a
// hostile one. Everything here is pure (bytes in, bytes out) and deterministic for a seed, so an
// input is named by (seed, index) alone and can be regenerated without the reproducer file.

/** A 32-bit hash of a string (FNV-1a), to seed one generator per input. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for choosing mutations; the same seed gives the same stream. */
export function createRng(seed) {
  let state = (typeof seed === 'number' ? seed : hash32(String(seed))) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** 0 <= n < max */
    int: (max) => Math.floor(next() * max),
    /** min <= n <= max */
    range: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Log-uniform between min and max: mostly small, sometimes large (where the slow paths are). */
    size: (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))),
  };
  return rng;
}

const enc = (text) => Buffer.from(text, 'utf8');

/** Byte offsets where lines start (0 and after every \n). */
export function lineStarts(bytes) {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

function insertAt(bytes, offset, insert) {
  return Buffer.concat([bytes.subarray(0, offset), insert, bytes.subarray(offset)]);
}

/** Where the frontmatter ends (the offset after its closing fence line), or 0 when there is none. */
export function bodyStart(bytes) {
  const text = bytes.toString('latin1');
  const open = /^(?:\xef\xbb\xbf)?(---|\+\+\+|;;;)[^\n]*\n/.exec(text);
  if (!open) return 0;
  const fence = open[1] === '---' ? /^(---|\.\.\.)[ \t\r]*$/m : open[1] === '+++' ? /^\+\+\+[ \t\r]*$/m : /^;;;[ \t\r]*$/m;
  const rest = text.slice(open[0].length);
  const close = fence.exec(rest);
  if (!close) return 0;
  const end = open[0].length + close.index + close[0].length;
  return end < text.length && text[end] === '\n' ? end + 1 : end;
}

/** A random line start at or after `from`. */
function lineOffset(rng, bytes, from = 0) {
  const starts = lineStarts(bytes).filter((offset) => offset >= from);
  return starts.length ? rng.pick(starts) : bytes.length;
}

/** Inserts `text` as its own lines somewhere in the body (after the frontmatter). */
function insertInBody(rng, bytes, text) {
  let at = lineOffset(rng, bytes, bodyStart(bytes));
  let prefix = '';
  if (at === bytes.length && bytes.length > 0 && bytes[bytes.length - 1] !== 10) prefix = '\n';
  return insertAt(bytes, at, enc(prefix + text + '\n'));
}

/** Adds YAML lines to the frontmatter, or gives the post a YAML frontmatter made of them. */
function insertInFrontmatter(bytes, yaml) {
  const text = bytes.toString('latin1');
  const open = /^(?:\xef\xbb\xbf)?---[ \t]*\r?\n/.exec(text);
  if (open) return insertAt(bytes, open[0].length, enc(yaml.endsWith('\n') ? yaml : yaml + '\n'));
  return Buffer.concat([enc('---\n' + yaml + (yaml.endsWith('\n') ? '' : '\n') + '---\n\n'), bytes]);
}

/** Replaces the frontmatter (if any) with `block`, keeping the body. */
function replaceFrontmatter(bytes, block) {
  return Buffer.concat([enc(block), bytes.subarray(bodyStart(bytes))]);
}

const repeat = (unit, length) => unit.repeat(Math.max(1, Math.ceil(length / Math.max(1, unit.length))));

// ---------------------------------------------------------------------------------------------
// The mutators. Each is (rng, bytes) -> bytes; its name (plus the variant it chose) is recorded.

function byteFlip(rng, bytes) {
  if (bytes.length === 0) return { bytes: enc('\x00'), variant: 'empty' };
  const out = Buffer.from(bytes);
  const flips = rng.size(1, 32);
  for (let i = 0; i < flips; i++) {
    const at = rng.int(out.length);
    out[at] = rng.chance(0.5) ? out[at] ^ (1 << rng.int(8)) : rng.int(256);
  }
  return { bytes: out, variant: `${flips}` };
}

function truncate(rng, bytes) {
  const at = rng.int(bytes.length + 1);
  return { bytes: bytes.subarray(0, at), variant: `${at}` };
}

const FENCES = ['---', '+++', '---json', ';;;', '--- yaml', '---yaml', '---toml', '---js', '---javascript', '--- JS ', '--- # c', '...', '---not-close: y'];

function fence(rng, bytes) {
  const variant = rng.pick(['remove-open', 'remove-close', 'prepend', 'insert-line', 'swap-open', 'trailing-space', 'unclosed-long', 'text-after', 'double']);
  const text = bytes.toString('latin1');
  const lines = text.split('\n');
  const kind = rng.pick(FENCES);
  switch (variant) {
    case 'remove-open':
      if (/^(---|\+\+\+|;;;)/.test(lines[0] ?? '')) lines.shift();
      break;
    case 'remove-close': {
      const close = lines.findIndex((line, index) => index > 0 && /^(---|\+\+\+|;;;|\.\.\.)\s*$/.test(line));
      if (close > 0) lines.splice(close, 1);
      break;
    }
    case 'prepend':
      lines.unshift(kind);
      break;
    case 'insert-line':
      lines.splice(rng.int(lines.length + 1), 0, kind);
      break;
    case 'swap-open':
      if (/^(---|\+\+\+|;;;)/.test(lines[0] ?? '')) lines[0] = kind;
      else lines.unshift(kind, 'title: x', rng.pick(['---', '+++', ';;;']));
      break;
    case 'trailing-space': {
      // A fence line with a long run of trailing whitespace (the fence scan's slow path).
      const run = repeat(rng.pick([' ', '\t', ' \t']), rng.size(16, 100_000));
      const index = /^(---|\+\+\+|;;;)/.test(lines[0] ?? '') ? (rng.chance(0.5) ? 0 : lines.findIndex((line, i) => i > 0 && /^(---|\+\+\+|;;;)/.test(line))) : 0;
      if (index >= 0 && index < lines.length) lines[index] = (lines[index] || '---') + run;
      else lines.unshift('---' + run);
      break;
    }
    case 'unclosed-long': {
      // An opening fence and then many lines, none of which closes it.
      const count = rng.size(10, 20_000);
      const filler = rng.pick(['a: b', 'x', '', '-- -', '--', '  ---x', 'key:   ']);
      return { bytes: enc(`${kind}\n` + `${filler}\n`.repeat(count)), variant: `${variant}:${kind}:${count}` };
    }
    case 'text-after': {
      const after = repeat(rng.pick(['a', ' ', '-', '# ', 'x: ']), rng.size(1, 50_000));
      lines.unshift('---' + after);
      break;
    }
    case 'double':
      lines.unshift('---', 'title: a', '---', '---', 'title: b', '---');
      break;
  }
  return { bytes: Buffer.from(lines.join('\n'), 'latin1'), variant: `${variant}:${kind}` };
}

function deepNesting(rng, bytes) {
  const depth = rng.size(8, 5_000);
  const variant = rng.pick(['blockquote', 'bullet-list', 'ordered-list', 'quote-list', 'json-array', 'json-object', 'yaml-flow', 'yaml-flow-map', 'yaml-block', 'html', 'emphasis', 'links']);
  switch (variant) {
    case 'blockquote':
      return { bytes: insertInBody(rng, bytes, '> '.repeat(depth) + 'deep'), variant: `${variant}:${depth}` };
    case 'bullet-list':
      return { bytes: insertInBody(rng, bytes, Array.from({ length: Math.min(depth, 2000) }, (_, i) => '  '.repeat(i) + '- item').join('\n')), variant: `${variant}:${depth}` };
    case 'ordered-list':
      return { bytes: insertInBody(rng, bytes, Array.from({ length: Math.min(depth, 2000) }, (_, i) => '   '.repeat(i) + '1. item').join('\n')), variant: `${variant}:${depth}` };
    case 'quote-list':
      return { bytes: insertInBody(rng, bytes, '> - 1. '.repeat(Math.min(depth, 3000)) + 'x'), variant: `${variant}:${depth}` };
    case 'json-array':
      return { bytes: replaceFrontmatter(bytes, `---json\n{"title": "deep", "a": ${'['.repeat(depth)}1${']'.repeat(depth)}}\n---\n`), variant: `${variant}:${depth}` };
    case 'json-object':
      return { bytes: replaceFrontmatter(bytes, `---json\n${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}\n---\n`), variant: `${variant}:${depth}` };
    case 'yaml-flow':
      return { bytes: insertInFrontmatter(bytes, `tags: ${'['.repeat(depth)}x${']'.repeat(depth)}`), variant: `${variant}:${depth}` };
    case 'yaml-flow-map':
      return { bytes: insertInFrontmatter(bytes, `meta: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`), variant: `${variant}:${depth}` };
    case 'yaml-block': {
      const levels = Math.min(depth, 2000);
      return { bytes: insertInFrontmatter(bytes, Array.from({ length: levels }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' x'), variant: `${variant}:${levels}` };
    }
    case 'html':
      return { bytes: insertInBody(rng, bytes, '<div>'.repeat(depth) + '<img src="x.png">' + '</div>'.repeat(depth)), variant: `${variant}:${depth}` };
    case 'emphasis':
      return { bytes: insertInBody(rng, bytes, '*_'.repeat(depth) + 'x' + '_*'.repeat(depth)), variant: `${variant}:${depth}` };
    default:
      return { bytes: insertInBody(rng, bytes, '['.repeat(depth) + 'x' + '](y)'.repeat(depth)), variant: `${variant}:${depth}` };
  }
}

function yamlAliases(rng, bytes) {
  const width = rng.range(2, 10);
  const levels = rng.range(3, 9);
  const lines = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level < levels; level++) lines.push(`a${level}: &a${level} [${Array(width).fill(`*a${level - 1}`).join(', ')}]`);
  const top = `a${levels - 1}`;
  const variant = rng.pick(['laughs', 'as-tags', 'merge-keys', 'self']);
  if (variant === 'as-tags') lines.push(`tags: *${top}`, `categories: *${top}`);
  if (variant === 'merge-keys') lines.push(...Array.from({ length: width }, (_, i) => `m${i}: {<<: *${top}, k${i}: 1}`), `title: {<<: [*a0, *a1]}`);
  if (variant === 'self') lines.push('x: &x [*x]', 'y: *undefined', `tags: [*${top}, *${top}]`);
  const block = `---\ntitle: aliases\n${lines.join('\n')}\n---\n`;
  return { bytes: rng.chance(0.5) ? replaceFrontmatter(bytes, block) : insertInFrontmatter(bytes, lines.join('\n')), variant: `${variant}:${width}^${levels}` };
}

/** The markdown metacharacters (and the hostile sequences the issue names), each as a long line. */
export const METACHARACTERS = ['*', '_', '`', '[', '](', '![', '<', '{{', '{%', '#', '|', '\\', '**_', '<img src=a ', '-', '>', '~', '$', '&', ':', '- [ ] ', '1. ', '\t', ' '];

function longLine(rng, bytes) {
  const unit = rng.pick(METACHARACTERS);
  const length = rng.size(256, 200_000);
  const shape = rng.pick(['alone', 'in-text', 'no-newline', 'many-lines', 'in-frontmatter']);
  const run = repeat(unit, length);
  const label = `${JSON.stringify(unit)}x${length}:${shape}`;
  switch (shape) {
    case 'alone':
      return { bytes: insertInBody(rng, bytes, run), variant: label };
    case 'in-text':
      return { bytes: insertInBody(rng, bytes, `Text ${run} more text.`), variant: label };
    case 'no-newline':
      return { bytes: Buffer.concat([bytes, enc(run)]), variant: label };
    case 'many-lines': {
      const lines = Math.max(1, Math.round(length / 40));
      return { bytes: insertInBody(rng, bytes, Array(lines).fill(repeat(unit, 40)).join('\n')), variant: label };
    }
    default:
      return { bytes: insertInFrontmatter(bytes, `description: ${run}`), variant: label };
  }
}

/** The specific slow shapes issue 15 lists, each grown to a random size. */
function issueShapes(rng, bytes) {
  const n = rng.size(64, 50_000);
  const shapes = {
    'img-in-html': () => insertInBody(rng, bytes, '<div>' + '<img src=a '.repeat(n) + '</div>'),
    'img-in-comment': () => insertInBody(rng, bytes, '<!-- ' + '<img src=a '.repeat(n) + ' -->'),
    'url-hashes': () => insertInBody(rng, bytes, 'see https://example.com/' + '#'.repeat(n) + '\n'),
    'kramdown-title': () => insertInBody(rng, bytes, '![a](b.png "' + ' '.repeat(n) + 'x'),
    'kramdown-attr': () => insertInBody(rng, bytes, '![a](b.png){: width="' + ' '.repeat(n) + '"'),
    'kramdown-attr-open': () => insertInBody(rng, bytes, '![a](b.png){:' + ' \t'.repeat(n)),
    'bang-bracket': () => insertInBody(rng, bytes, '!['.repeat(n)),
    'liquid-in-attr': () => insertInBody(rng, bytes, '<a href="' + '{{'.repeat(n) + '">x</a>'),
    'liquid-comment': () => insertInBody(rng, bytes, '<!-- {{' + ' '.repeat(n) + 'x'),
    'toml-keys': () => replaceFrontmatter(bytes, '+++\n' + Array.from({ length: Math.min(n, 20_000) }, (_, i) => `k${i} = "v"`).join('\n') + '\n' + 'a' + ' '.repeat(n) + '\n+++\n'),
    'toml-key-line': () => replaceFrontmatter(bytes, '+++\n' + 'a.'.repeat(n) + 'b = 1\n+++\n'),
    'json-trailing-ws': () => replaceFrontmatter(bytes, '---json\n{"title": "x",' + ' \t'.repeat(n) + '\n---\n'),
    'json-ws-unclosed': () => replaceFrontmatter(bytes, '---json\n{"title"' + ' '.repeat(n)),
    'yaml-many-keys': () => insertInFrontmatter(bytes, Array.from({ length: Math.min(n, 40_000) }, (_, i) => `k${i}: v`).join('\n')),
    'long-image-path': () => insertInBody(rng, bytes, `![a](${'a/'.repeat(n)}x.png)`),
    'file-url': () => insertInBody(rng, bytes, `![a](file:///${'a/../'.repeat(Math.min(n, 20_000))}x.png)`),
    'task-list': () => insertInBody(rng, bytes, '- [ ] x\n'.repeat(Math.min(n, 50_000))),
    'long-tag': () => insertInFrontmatter(bytes, `tags: [${'k'.repeat(n)}, ${'k'.repeat(n - 1)}x]`),
    'special-tags': () => insertInFrontmatter(bytes, `tags: "${rng.pick(['Kubernetes .inf .NaN', 'yes no null ~', '1 2.5 0x1F', ':a @b `c', 'a: b, c: d', '"quoted" #hash'])}"`),
  };
  const name = rng.pick(Object.keys(shapes));
  return { bytes: shapes[name](), variant: `${name}:${n}` };
}

function manyImages(rng, bytes) {
  const count = rng.size(50, 5_000);
  const form = rng.pick(['markdown', 'html', 'reference', 'mixed', 'missing-deep']);
  const one = (i) => {
    const kind = form === 'mixed' ? rng.pick(['markdown', 'html', 'reference', 'file', 'remote']) : form;
    switch (kind) {
      case 'html': return `<img src="/assets/img/p${i}.png" alt="a">`;
      case 'reference': return `![a${i}][r${i}]\n\n[r${i}]: /assets/img/r${i}.png`;
      case 'file': return `![f](file:///Users/x/Desktop/p${i}.png)`;
      case 'remote': return `![r](https://example.com/${i}.png)`;
      case 'missing-deep': return `![d](${'../'.repeat(i % 30)}img/${i}.png)`;
      default: return `![p${i}](/assets/img/p${i}.png)`;
    }
  };
  return { bytes: insertInBody(rng, bytes, Array.from({ length: count }, (_, i) => one(i)).join('\n')), variant: `${form}:${count}` };
}

const HANGUL = ['쿠버네티스', '도커', '개발', '회고', '자바스크립트', '한글'];

function manyTags(rng, bytes) {
  const count = rng.size(20, 20_000);
  const form = rng.pick(['flow', 'block', 'space-string', 'comma-string', 'near-duplicates', 'hangul-nfd', 'categories']);
  const tag = (i) => {
    switch (form) {
      case 'near-duplicates': return ['kubernetes', 'kubernete', 'Kubernetes', 'kuberentes', 'k8s'][i % 5] + (i >= 5 ? String(i) : '');
      case 'hangul-nfd': return (HANGUL[i % HANGUL.length] + i).normalize(i % 2 ? 'NFD' : 'NFC');
      default: return `tag${i}`;
    }
  };
  const tags = Array.from({ length: count }, (_, i) => tag(i));
  let yaml;
  if (form === 'block') yaml = 'tags:\n' + tags.map((t) => `  - ${t}`).join('\n');
  else if (form === 'space-string') yaml = `tags: "${tags.join(' ')}"`;
  else if (form === 'comma-string') yaml = `tags: ${tags.join(', ')}`;
  else if (form === 'categories') yaml = `categories: [${tags.join(', ')}]\ntags: [${tags.slice(0, 50).join(', ')}]`;
  else yaml = `tags: [${tags.join(', ')}]`;
  return { bytes: insertInFrontmatter(bytes, yaml), variant: `${form}:${count}` };
}

function nul(rng, bytes) {
  const where = rng.pick(['start', 'random', 'after-8000']);
  let result = bytes;
  const count = rng.size(1, 64);
  for (let i = 0; i < count; i++) {
    const at = where === 'start' ? rng.int(Math.min(result.length, 8000) + 1) : where === 'after-8000' ? Math.min(result.length, 8000 + rng.int(Math.max(1, result.length - 8000) + 1)) : rng.int(result.length + 1);
    result = insertAt(result, at, Buffer.from([0]));
  }
  if (where === 'after-8000' && bytes.length < 8000) result = Buffer.concat([bytes, enc('\n' + 'x'.repeat(8100) + '\n'), Buffer.alloc(count)]);
  return { bytes: result, variant: `${where}:${count}` };
}

function lineEndings(rng, bytes) {
  const mode = rng.pick(['mixed', 'all-cr', 'all-crlf', 'lfcr', 'crlf-frontmatter-only']);
  const text = bytes.toString('latin1');
  let out;
  if (mode === 'all-cr') out = text.replace(/\r?\n/g, '\r');
  else if (mode === 'all-crlf') out = text.replace(/\r?\n/g, '\r\n');
  else if (mode === 'lfcr') out = text.replace(/\r?\n/g, '\n\r');
  else if (mode === 'crlf-frontmatter-only') {
    const end = bodyStart(bytes);
    out = text.slice(0, end).replace(/\r?\n/g, '\r\n') + text.slice(end);
  } else out = text.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n']));
  return { bytes: Buffer.from(out, 'latin1'), variant: mode };
}

function bom(rng, bytes) {
  const mode = rng.pick(['utf8', 'double', 'middle', 'utf16le', 'utf16be', 'in-frontmatter']);
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  switch (mode) {
    case 'utf8': return { bytes: Buffer.concat([BOM, bytes]), variant: mode };
    case 'double': return { bytes: Buffer.concat([BOM, BOM, bytes]), variant: mode };
    case 'middle': return { bytes: insertAt(bytes, lineOffset(rng, bytes), BOM), variant: mode };
    case 'utf16le': return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]), variant: mode };
    case 'utf16be': return { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]), variant: mode };
    default: return { bytes: insertInFrontmatter(bytes, '\ufefftitle: bom'), variant: mode };
  }
}

const INVALID_UTF8 = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xc3, 0x28]];

function invalidUtf8(rng, bytes) {
  let result = bytes;
  const count = rng.size(1, 8);
  for (let i = 0; i < count; i++) result = insertAt(result, rng.int(result.length + 1), Buffer.from(rng.pick(INVALID_UTF8)));
  return { bytes: result, variant: `${count}` };
}

function nfdHangul(rng, bytes) {
  const mode = rng.pick(['whole-file', 'frontmatter', 'tags']);
  if (mode === 'tags') return { bytes: insertInFrontmatter(bytes, `tags: [${HANGUL.map((t) => t.normalize('NFD')).join(', ')}, ${HANGUL[0]}]\ntitle: ${'한글 제목'.normalize('NFD')}`), variant: mode };
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { bytes: insertInFrontmatter(bytes, `title: ${'한글'.normalize('NFD')}`), variant: 'invalid-base' };
  }
  if (mode === 'frontmatter') {
    const end = bodyStart(bytes);
    const head = bytes.subarray(0, end).toString('utf8').normalize('NFD');
    return { bytes: Buffer.concat([enc(head), bytes.subarray(end)]), variant: mode };
  }
  return { bytes: enc(text.normalize('NFD') + `\n\n${'한국어 문단입니다'.normalize('NFD')}\n`), variant: mode };
}

/** Every mutator with its weight (how often it is picked). */
export const MUTATORS = [
  { name: 'byte-flip', weight: 3, fn: byteFlip },
  { name: 'truncate', weight: 2, fn: truncate },
  { name: 'fence', weight: 4, fn: fence },
  { name: 'deep-nesting', weight: 4, fn: deepNesting },
  { name: 'yaml-aliases', weight: 2, fn: yamlAliases },
  { name: 'long-line', weight: 5, fn: longLine },
  { name: 'issue-shape', weight: 4, fn: issueShapes },
  { name: 'many-images', weight: 2, fn: manyImages },
  { name: 'many-tags', weight: 2, fn: manyTags },
  { name: 'nul', weight: 1, fn: nul },
  { name: 'line-endings', weight: 2, fn: lineEndings },
  { name: 'bom', weight: 1, fn: bom },
  { name: 'invalid-utf8', weight: 1, fn: invalidUtf8 },
  { name: 'nfd-hangul', weight: 2, fn: nfdHangul },
];

const TOTAL_WEIGHT = MUTATORS.reduce((sum, m) => sum + m.weight, 0);

function pickMutator(rng) {
  let roll = rng.next() * TOTAL_WEIGHT;
  for (const mutator of MUTATORS) {
    roll -= mutator.weight;
    if (roll < 0) return mutator;
  }
  return MUTATORS[MUTATORS.length - 1];
}

/** Posts stay under this many bytes most of the time (the CLI's default cap is 1 MB). */
export const MAX_INPUT_BYTES = 1_100_000;

/**
 * Input number `index` of a run with `seed`: a pool entry, mutated 0-3 times. The same (seed, index,
 * pool) always gives the same bytes. About one input in ten is left as it is (a real post must lint
 * and fix cleanly too).
 */
export function generateInput(seed, index, pool) {
  const rng = createRng(`${seed}:${index}`);
  const base = pool.length ? pool[rng.int(pool.length)] : { name: '(empty)', bytes: Buffer.alloc(0) };
  let bytes = Buffer.from(base.bytes);
  const mutations = [];
  const rounds = rng.chance(0.1) ? 0 : rng.chance(0.6) ? 1 : rng.range(2, 3);
  for (let round = 0; round < rounds; round++) {
    const mutator = pickMutator(rng);
    const result = mutator.fn(rng, bytes);
    bytes = Buffer.from(result.bytes);
    mutations.push(`${mutator.name}(${result.variant})`);
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    bytes = bytes.subarray(0, MAX_INPUT_BYTES);
    mutations.push(`capped(${MAX_INPUT_BYTES})`);
  }
  return { index, base: base.name, mutations, bytes };
}

/** Runs one named mutator (for tests and for replaying a recorded mutation by hand). */
export function mutate(name, seed, bytes) {
  const mutator = MUTATORS.find((m) => m.name === name);
  if (!mutator) throw new Error(`no mutator named ${name}`);
  const result = mutator.fn(createRng(seed), Buffer.from(bytes));
  return { bytes: Buffer.from(result.bytes), variant: result.variant };
}
