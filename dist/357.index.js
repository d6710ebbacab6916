export const id = 357;
export const ids = [357];
export const modules = {

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixText: () => (/* binding */ fixText),
  lintFiles: () => (/* binding */ lintFiles)
});

// UNUSED EXPORTS: MAX_FIX_PASSES, checkPost, lintText, parsePost, prepareFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/post/frontmatter.ts + 1 modules
var post_frontmatter = __webpack_require__(4041);
// EXTERNAL MODULE: ./node_modules/remark/index.js + 60 modules
var remark = __webpack_require__(3723);
// EXTERNAL MODULE: ./node_modules/remark-frontmatter/lib/index.js + 4 modules
var lib = __webpack_require__(7204);
// EXTERNAL MODULE: ./node_modules/remark-gfm/lib/index.js + 17 modules
var remark_gfm_lib = __webpack_require__(2482);
;// CONCATENATED MODULE: ./src/post/markdown.ts
// The markdown side: one remark parse per post, shared by every rule (remark-lint runs on the same
// tree: src/rules/remark-lint.ts). remark-frontmatter is told where the frontmatter is by rewriting only its fences to
// the form it accepts, byte length unchanged, so every mdast offset is an offset into the post.



/** The text remark sees: the post itself, with the frontmatter fences in remark-frontmatter's form. */
function remarkInput(source, frontmatter) {
    const { text } = source;
    if (!frontmatter)
        return text;
    const [start, end] = frontmatter.range;
    const closed = frontmatter.closeLine > 0;
    if (!closed || frontmatter.format === 'json' || frontmatter.errors.some((error) => error.kind === 'executable' || error.kind === 'unknown-language')) {
        // Not a block remark could read as frontmatter: blank it out, keeping every line break.
        return text.slice(0, start) + blank(text.slice(start, closed ? end : lineEndOffset(text, 0))) + text.slice(closed ? end : lineEndOffset(text, 0));
    }
    const fence = frontmatter.format === 'toml' ? '+++' : '---';
    const openEnd = lineEndOffset(text, start);
    const closeStart = frontmatter.contentRange[1];
    const closeEnd = lineEndOffset(text, closeStart);
    return (padFence(fence, text.slice(start, openEnd)) +
        text.slice(openEnd, closeStart) +
        padFence(fence, text.slice(closeStart, closeEnd)) +
        text.slice(closeEnd));
}
function lineEndOffset(text, from) {
    const newline = text.indexOf('\n', from);
    if (newline === -1)
        return text.length;
    return text[newline - 1] === '\r' ? newline - 1 : newline;
}
function padFence(fence, line) {
    return fence + ' '.repeat(Math.max(0, line.length - fence.length));
}
function blank(text) {
    return text.replace(/[^\r\n]/g, ' ');
}
/** The processor every post is parsed with (remark-lint's rules are added to a copy of it). */
const markdownProcessor = () => (0,remark/* remark */.V)().use(lib/* default */.A, ['yaml', 'toml']).use(remark_gfm_lib/* default */.A);
const parser = markdownProcessor();
function parseMarkdown(text) {
    return parser.parse(text);
}

// EXTERNAL MODULE: ./node_modules/unist-util-visit/lib/index.js
var unist_util_visit_lib = __webpack_require__(3617);
// EXTERNAL MODULE: ./node_modules/unist-util-visit-parents/lib/index.js + 1 modules
var unist_util_visit_parents_lib = __webpack_require__(4146);
// EXTERNAL MODULE: ./src/post/source.ts
var post_source = __webpack_require__(6109);
;// CONCATENATED MODULE: ./src/post/images.ts


function collectImages(source, tree, frontmatter, coverKeys) {
    const images = [];
    const definitions = new Map();
    const references = [];
    (0,unist_util_visit_lib/* visit */.YR)(tree, (node) => {
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml' || node.type === 'toml')
            return unist_util_visit_parents_lib/* SKIP */._Z;
        if (node.type === 'image')
            images.push(fromImageNode(source, node));
        else if (node.type === 'imageReference')
            references.push(node);
        else if (node.type === 'definition')
            definitions.set(node.identifier, node);
        else if (node.type === 'html')
            images.push(...fromHtml(source, node));
        else if (node.type === 'text')
            images.push(...fromKramdownText(source, node));
        return undefined;
    });
    // A definition is an image when an image reference uses it; the problem points at the definition,
    // where the path is written.
    const seen = new Set();
    for (const reference of references) {
        const definition = definitions.get(reference.identifier);
        if (!definition?.position || seen.has(definition.identifier))
            continue;
        seen.add(definition.identifier);
        const range = locateUrl(source, definition.position.start.offset, definition.position.end.offset, definition.url, ']:');
        images.push({ kind: 'reference', url: definition.url, alt: reference.alt ?? '', ...(0,post_source/* spanPosition */.wY)(source, definition.position.start.offset, definition.position.end.offset), ...(range ? { urlRange: range } : {}) });
    }
    if (frontmatter)
        images.push(...fromFrontmatter(source, frontmatter, coverKeys));
    return images.sort((a, b) => a.line - b.line || a.column - b.column);
}
function fromImageNode(source, node) {
    const start = node.position.start.offset;
    const end = node.position.end.offset;
    const range = locateUrl(source, start, end, node.url, '](');
    return { kind: 'markdown', url: node.url, alt: node.alt ?? '', ...(0,post_source/* spanPosition */.wY)(source, start, end), ...(range ? { urlRange: range } : {}) };
}
/** Finds the destination after `marker` inside [start, end): bare or in `<...>`. */
function locateUrl(source, start, end, url, marker) {
    const slice = source.text.slice(start, end);
    let at = marker === '](' ? slice.lastIndexOf('](') : slice.indexOf(']:');
    if (at === -1)
        return undefined;
    at += 2;
    while (at < slice.length && /\s/.test(slice[at]))
        at++;
    const angled = slice[at] === '<';
    if (angled)
        at++;
    let stop = at;
    while (stop < slice.length && !(angled ? slice[stop] === '>' : /[\s)]/.test(slice[stop])))
        stop++;
    if (stop === at && url !== '')
        return undefined;
    return [start + at, start + stop];
}
const WORD = /\w/;
const SPACE = /\s/;
const isWord = (text, at) => at >= 0 && at < text.length && WORD.test(text[at]);
const isSpace = (text, at) => at < text.length && SPACE.test(text[at]);
/** Where an ASCII word occurs at or after `from`, ignoring case (as the regexes' `i` flag does), or -1. */
function findWord(pattern, text, from) {
    pattern.lastIndex = from;
    return pattern.exec(text)?.index ?? -1;
}
const IMG_OPEN = /<img/gi;
const SRC = /src/gi;
const ALT = /alt/gi;
/** The attribute `name` (`\bname\s*=\s*value`) at `at`: where its value starts and ends, or undefined. */
function attributeValueAt(text, at, name, closingQuote) {
    if (isWord(text, at - 1))
        return undefined;
    let next = at + name.length;
    while (isSpace(text, next))
        next++;
    if (text[next] !== '=')
        return undefined;
    next++;
    while (isSpace(text, next))
        next++;
    const first = text[next];
    if (first === undefined || first === '>' || SPACE.test(first))
        return undefined;
    if (first === '"' || first === "'") {
        const close = closingQuote(first, next + 1);
        if (close !== -1)
            return { value: text.slice(next + 1, close), end: close + 1 };
    }
    let stop = next;
    while (stop < text.length && text[stop] !== '>' && !SPACE.test(text[stop]))
        stop++;
    return { value: text.slice(next, stop), end: stop };
}
function imgTags(html) {
    const found = [];
    const lastGt = html.lastIndexOf('>');
    // The first quote at or after `from`, remembered: a failed search is not repeated for the next attribute.
    const quoteCache = new Map();
    const nextQuote = (quote, from) => {
        const cached = quoteCache.get(quote);
        if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from))
            return cached.at;
        const at = html.indexOf(quote, from);
        quoteCache.set(quote, { from, at });
        return at;
    };
    let from = 0;
    for (;;) {
        const start = findWord(IMG_OPEN, html, from);
        if (start === -1)
            break;
        from = start + 1;
        if (isWord(html, start + 4))
            continue;
        const gt = html.indexOf('>', start + 4);
        if (gt === -1)
            break; // every match ends at a `>`
        // `[^>]*?\bsrc`: the first `src=` before the tag's first `>` whose value is followed by a `>`.
        for (let at = findWord(SRC, html, start + 4); at !== -1 && at < gt; at = findWord(SRC, html, at + 1)) {
            const value = attributeValueAt(html, at, 'src', (quote, quoteFrom) => {
                const close = nextQuote(quote, quoteFrom);
                return close !== -1 && close + 1 <= lastGt ? close : -1;
            });
            if (!value)
                continue;
            const end = html.indexOf('>', value.end);
            if (end === -1)
                continue;
            found.push({ index: start, text: html.slice(start, end + 1), url: value.value });
            from = end + 1;
            break;
        }
    }
    return found;
}
function altAttribute(tag) {
    for (let at = findWord(ALT, tag, 0); at !== -1; at = findWord(ALT, tag, at + 1)) {
        const value = attributeValueAt(tag, at, 'alt', (quote, quoteFrom) => tag.indexOf(quote, quoteFrom));
        if (value)
            return value.value;
    }
    return undefined;
}
function withoutComments(html) {
    if (!html.includes('<!--'))
        return html;
    let result = '';
    let at = 0;
    for (;;) {
        const open = html.indexOf('<!--', at);
        if (open === -1)
            break;
        const close = html.indexOf('-->', open + 4);
        const end = close === -1 ? html.length : close + 3;
        result += html.slice(at, open) + html.slice(open, end).replace(/[^\n]/g, ' ');
        at = end;
    }
    return result + html.slice(at);
}
function fromHtml(source, node) {
    const base = node.position.start.offset;
    // An `<img>` inside an HTML comment is never loaded: blank the comments (same length) first.
    const raw = withoutComments(source.text.slice(base, node.position.end.offset));
    const found = [];
    for (const match of imgTags(raw)) {
        const url = match.url;
        const tagStart = base + match.index;
        const urlStart = tagStart + match.text.indexOf(url, firstSrc(match.text));
        const alt = altAttribute(match.text);
        const image = { kind: 'html', url, ...(0,post_source/* spanPosition */.wY)(source, tagStart, tagStart + match.text.length), urlRange: [urlStart, urlStart + url.length] };
        if (alt !== undefined)
            image.alt = alt;
        found.push(image);
    }
    return found;
}
/** `tag.search(/\bsrc\s*=/i)`. */
function firstSrc(tag) {
    for (let at = findWord(SRC, tag, 0); at !== -1; at = findWord(SRC, tag, at + 1)) {
        if (isWord(tag, at - 1))
            continue;
        let next = at + 3;
        while (isSpace(tag, next))
            next++;
        if (tag[next] === '=')
            return at;
    }
    return -1;
}
const isDestinationChar = (c) => c !== undefined && c !== '(' && c !== ')' && c !== '\n' && c !== '<' && c !== '>';
function kramdownImages(text) {
    const found = [];
    let altEnd = -1; // the first `]` or newline at or after the current alt's start
    // The destination after `](` at a given `]`: the same for every `![` that reaches that `]`.
    let destinationAt = -1;
    let destination;
    let from = 0;
    for (;;) {
        const start = text.indexOf('![', from);
        if (start === -1)
            break;
        from = start + 1;
        if (altEnd < start + 2) {
            altEnd = start + 2;
            while (altEnd < text.length && text[altEnd] !== ']' && text[altEnd] !== '\n')
                altEnd++;
        }
        if (text[altEnd] !== ']' || text[altEnd + 1] !== '(')
            continue;
        if (destinationAt !== altEnd) {
            destinationAt = altEnd;
            destination = kramdownDestination(text, altEnd + 2);
        }
        if (!destination)
            continue;
        found.push({ index: start, length: destination.end + 1 - start, alt: text.slice(start + 2, altEnd), destination: text.slice(altEnd + 2, destination.end) });
        from = destination.end + 1;
    }
    return found;
}
/** `[^()\n<>]*\s[^()\n<>]*?\)` from `start`: where the `)` is, or undefined. */
function kramdownDestination(text, start) {
    let at = start;
    let blank = false;
    while (isDestinationChar(text[at])) {
        if (SPACE.test(text[at]))
            blank = true;
        at++;
    }
    if (text[at] === ')')
        return blank ? { end: at } : undefined;
    if (text[at] !== '\n')
        return undefined;
    // The newline is the one `\s`; the rest runs to the `)`.
    at++;
    while (isDestinationChar(text[at]))
        at++;
    return text[at] === ')' ? { end: at } : undefined;
}
/** `destination.replace(/\s+"[^"]*"$/, '')`: a kramdown title after the path. */
function withoutTitle(destination) {
    if (!destination.endsWith('"') || destination.length < 2)
        return destination;
    const open = destination.lastIndexOf('"', destination.length - 2);
    if (open < 1 || !SPACE.test(destination[open - 1]))
        return destination;
    let start = open - 1;
    while (start > 0 && SPACE.test(destination[start - 1]))
        start--;
    return destination.slice(0, start);
}
function fromKramdownText(source, node) {
    if (!node.value.includes('![') || !node.position)
        return [];
    const start = node.position.start.offset;
    const raw = source.text.slice(start, node.position.end.offset);
    const found = [];
    for (const match of kramdownImages(raw)) {
        const destination = withoutTitle(match.destination.trim());
        const whole = raw.slice(match.index, match.index + match.length);
        const urlStart = start + match.index + whole.indexOf(destination, match.alt.length + 3);
        found.push({ kind: 'kramdown', url: destination, alt: match.alt, ...(0,post_source/* spanPosition */.wY)(source, start + match.index, start + match.index + match.length), urlRange: [urlStart, urlStart + destination.length] });
    }
    return found;
}
function fromFrontmatter(source, frontmatter, coverKeys) {
    const found = [];
    for (const entry of frontmatter.entries) {
        for (const coverKey of coverKeys) {
            const [head, tail] = coverKey.split('.');
            if (head !== entry.key)
                continue;
            let value = entry.value;
            if (tail)
                value = value && typeof value === 'object' && !Array.isArray(value) ? value[tail] : undefined;
            else if (value && typeof value === 'object')
                continue;
            if (Array.isArray(value))
                value = value[0];
            if (typeof value !== 'string' || value.trim() === '')
                continue;
            const range = entry.valueRange;
            const at = range ? source.text.indexOf(value, range[0]) : -1;
            const urlRange = range && at !== -1 && at < range[1] ? [at, at + value.length] : undefined;
            const position = urlRange ? (0,post_source/* spanPosition */.wY)(source, urlRange[0], urlRange[1]) : { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column + entry.key.length };
            found.push({ kind: 'frontmatter', url: value, key: coverKey, ...position, ...(urlRange ? { urlRange } : {}) });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/rule-api/line-ranges.ts
// Sorted, disjoint [first, last] ranges, both ends included: the 1-based lines of a post's template
// code (`{{< highlight >}}`…`{{< /highlight >}}`), or offsets (where Hexo runs no tag). Looked up by
// binary search, as a post may have thousands.
/** The index of the range holding `at`, or -1. */
function rangeOf(ranges, at) {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const [first, last] = ranges[mid];
        if (at < first)
            high = mid - 1;
        else if (at > last)
            low = mid + 1;
        else
            return mid;
    }
    return -1;
}
/** Whether `at` is in one of the ranges. */
function inRanges(ranges, at) {
    return rangeOf(ranges, at) >= 0;
}

;// CONCATENATED MODULE: ./src/rule-api/context.ts
// The lint context: everything about one post, parsed once and shared by every rule
// (markdownlint's cache, remark's single tree). Derived lists are computed on first use.



function createContext(init) {
    let images;
    return {
        ...init,
        fileName: external_node_path_default().posix.basename(init.file),
        get images() {
            // An image in template code (an `<img>` in a `{{< highlight html >}}` pair that an HTML block
            // ran on past) is code on the published page.
            images ??= collectImages(init.source, init.tree, init.frontmatter, init.preset.coverKeys).filter((image) => image.kind === 'frontmatter' || !inRanges(init.templateCode, image.line));
            return images;
        },
        options: (ruleId) => init.settings.ruleOptions[ruleId] ?? {},
    };
}

// EXTERNAL MODULE: ./src/post/read.ts
var post_read = __webpack_require__(5336);
;// CONCATENATED MODULE: ./src/runner/fix.ts
/** Offsets in a fix are into the file as read (BOM included), so `text` here is that whole text. */
function applyFixes(text, problems) {
    const fixable = problems.filter((problem) => !!problem.fix && problem.fix.edits.length > 0);
    // Deterministic order: by where the fix starts, then by rule id, then by the edit text.
    const ordered = [...fixable].sort((a, b) => fixStart(a.fix) - fixStart(b.fix) || fixEnd(a.fix) - fixEnd(b.fix) || a.ruleId.localeCompare(b.ruleId) || JSON.stringify(a.fix).localeCompare(JSON.stringify(b.fix)));
    const taken = [];
    const applied = [];
    const deferred = [];
    for (const problem of ordered) {
        const edits = normalizeEdits(problem.fix.edits);
        if (edits.some((edit) => edit.range[0] < 0 || edit.range[1] > text.length || edit.range[0] > edit.range[1])) {
            deferred.push(problem);
            continue;
        }
        if (edits.every((edit) => isNoop(text, edit)))
            continue;
        const clashes = edits.some((edit) => taken.some((other) => overlaps(edit, other)));
        if (clashes) {
            // The same edit from two rules is one edit, not a conflict.
            if (edits.every((edit) => taken.some((other) => sameEdit(edit, other))))
                applied.push(problem);
            else
                deferred.push(problem);
            continue;
        }
        taken.push(...edits);
        applied.push(problem);
    }
    taken.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let output = '';
    let cursor = 0;
    for (const edit of taken) {
        output += text.slice(cursor, edit.range[0]) + edit.text;
        cursor = edit.range[1];
    }
    output += text.slice(cursor);
    return { output, applied, deferred };
}
function normalizeEdits(edits) {
    return [...edits].sort((a, b) => a.range[0] - b.range[0]);
}
function fixStart(fix) {
    return fix.edits.reduce((least, edit) => Math.min(least, edit.range[0]), Infinity);
}
function fixEnd(fix) {
    return fix.edits.reduce((most, edit) => Math.max(most, edit.range[1]), -Infinity);
}
function isNoop(text, edit) {
    return text.slice(edit.range[0], edit.range[1]) === edit.text;
}
function sameEdit(a, b) {
    return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}
/** Two edits touch the same text, or insert at the same point (their order would be ambiguous). */
function overlaps(a, b) {
    if (a.range[0] === a.range[1] || b.range[0] === b.range[1]) {
        return a.range[0] === b.range[0] || (a.range[0] > b.range[0] && a.range[0] < b.range[1]) || (b.range[0] > a.range[0] && b.range[0] < a.range[1]);
    }
    return a.range[0] < b.range[1] && b.range[0] < a.range[1];
}
/** A unified diff of two texts (whole lines, 3 lines of context), for `--fix-dry-run`. */
function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    const a = toLines(before);
    const b = toLines(after);
    const aEndsOpen = before !== '' && !before.endsWith('\n');
    const bEndsOpen = after !== '' && !after.endsWith('\n');
    // Fixes change few lines: keep the common head and tail out of the LCS table.
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const ops = [
        ...a.slice(0, head).map((text) => ({ kind: ' ', text })),
        ...diffLines(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
        ...a.slice(a.length - tail).map((text) => ({ kind: ' ', text })),
    ];
    // Line numbers before each op, in the old and the new text.
    const aAt = [];
    const bAt = [];
    let aLine = 1;
    let bLine = 1;
    for (const op of ops) {
        aAt.push(aLine);
        bAt.push(bLine);
        if (op.kind !== '+')
            aLine++;
        if (op.kind !== '-')
            bLine++;
    }
    const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    const out = [`--- a/${file}`, `+++ b/${file}`];
    let index = 0;
    while (index < changed.length) {
        let last = index;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 7)
            last++;
        const from = Math.max(0, changed[index] - 3);
        const to = Math.min(ops.length - 1, changed[last] + 3);
        const slice = ops.slice(from, to + 1);
        const aCount = slice.filter((op) => op.kind !== '+').length;
        const bCount = slice.filter((op) => op.kind !== '-').length;
        out.push(`@@ -${aCount ? aAt[from] : aAt[from] - 1},${aCount} +${bCount ? bAt[from] : bAt[from] - 1},${bCount} @@`);
        for (let i = from; i <= to; i++) {
            const op = ops[i];
            out.push(op.kind + op.text);
            // `\ No newline at end of file` after the last line of a side that has none.
            const lastOfA = op.kind !== '+' && aAt[i] === a.length && aEndsOpen;
            const lastOfB = op.kind !== '-' && bAt[i] === b.length && bEndsOpen;
            if (lastOfA || lastOfB)
                out.push('\\ No newline at end of file');
        }
        index = last + 1;
    }
    return out.join('\n') + '\n';
}
/** 1-based lines of `before` that `after` removed or changed (line LCS around the common head and tail). */
function changedLines(before, after) {
    return lineChanges(before, after).changed;
}
/**
 * The original lines an edit from `before` to `after` touches outside `named`: changed or removed
 * lines not in it, and inserted lines whose neighbours (the original lines just before and after
 * the insertion) are both outside it. A fix that wraps a block in new lines (`{% raw %}` …
 * `{% endraw %}`) touches only the block it named.
 */
function strayLines(before, after, named) {
    const { changed, insertedAfter } = lineChanges(before, after);
    const stray = changed.filter((line) => !named.has(line));
    for (const gap of insertedAfter)
        if (!named.has(gap) && !named.has(gap + 1))
            stray.push(gap);
    return stray;
}
/** Changed or removed original lines (1-based), and the gaps lines were inserted into (the original
 *  line before each insertion, 0 for the top). */
function lineChanges(before, after) {
    if (before === after)
        return { changed: [], insertedAfter: [] };
    const a = toLines(before);
    const b = toLines(after);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const changed = [];
    const insertedAfter = [];
    let line = head;
    const ops = diffLines(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
    ops.forEach((op, index) => {
        if (op.kind !== '+') {
            line++;
            if (op.kind === '-')
                changed.push(line);
            return;
        }
        // The first line of a run of added lines that replaces nothing (no removed line beside it).
        if (ops[index - 1]?.kind === '+')
            return;
        let end = index;
        while (ops[end + 1]?.kind === '+')
            end++;
        if (ops[index - 1]?.kind !== '-' && ops[end + 1]?.kind !== '-')
            insertedAfter.push(line);
    });
    // A change to the end of the file (a final newline added) belongs to its last line.
    if (changed.length === 0 && insertedAfter.length === 0)
        changed.push(Math.max(1, a.length));
    return { changed, insertedAfter };
}
/** Lines without their terminators; a final newline ends the last line, it does not start another. */
function toLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (text.endsWith('\n'))
        lines.pop();
    return lines;
}
/** Edits past this many lines (removed plus added) are not diffed: every line of the middle counts as changed. */
const MAX_EDITS = 1_000;
/**
 * Myers' O((N+M)·D) line diff. A fix changes a few lines of a post, anywhere: a longest-common-
 * subsequence table of every line between the first and the last change was quadratic, and capped,
 * so a long post with fixes near its top and its end had every line in between "changed" (its
 * later fix passes were then thrown away as stray, and a second --fix changed the post again).
 */
function diffLines(a, b) {
    const n = a.length;
    const m = b.length;
    // trace[d] holds the furthest x on each diagonal k in -d..d after d edits (index k + d).
    const trace = [];
    let previous = new Int32Array(1);
    for (let d = 0; d <= Math.min(MAX_EDITS, n + m); d++) {
        const v = new Int32Array(2 * d + 1);
        const at = (row, rowD, k) => row[k + rowD];
        for (let k = -d; k <= d; k += 2) {
            let x;
            if (d === 0)
                x = 0;
            else if (k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1)))
                x = at(previous, d - 1, k + 1);
            else
                x = at(previous, d - 1, k - 1) + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[k + d] = x;
            if (x >= n && y >= m) {
                trace.push(v);
                return backtrack(trace, a, b);
            }
        }
        trace.push(v);
        previous = v;
    }
    return [...a.map((text) => ({ kind: '-', text })), ...b.map((text) => ({ kind: '+', text }))];
}
function backtrack(trace, a, b) {
    const ops = [];
    let x = a.length;
    let y = b.length;
    for (let d = trace.length - 1; d > 0; d--) {
        const previous = trace[d - 1];
        const k = x - y;
        const down = k === -d || (k !== d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
        const previousK = down ? k + 1 : k - 1;
        const previousX = previous[previousK + d - 1];
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            y--;
            ops.push({ kind: ' ', text: a[--x] });
        }
        if (down)
            ops.push({ kind: '+', text: b[--y] });
        else
            ops.push({ kind: '-', text: a[--x] });
    }
    while (x > 0 && y > 0) {
        y--;
        ops.push({ kind: ' ', text: a[--x] });
    }
    return ops.reverse();
}

// EXTERNAL MODULE: ./src/post/repo.ts
var post_repo = __webpack_require__(4464);
// EXTERNAL MODULE: ./src/engines/publication.ts
var publication = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/post/scan.ts
var scan = __webpack_require__(8365);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/rule-api/rule.ts
var rule = __webpack_require__(1669);
// EXTERNAL MODULE: ./src/post/tags.ts
var tags = __webpack_require__(8701);
;// CONCATENATED MODULE: ./src/rule-api/entries.ts

function keyPosition(entry) {
    return { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column + (entry.keyRange[1] - entry.keyRange[0]) };
}
function valuePosition(context, entry) {
    if (!entry.valueRange || entry.valueRange[0] === entry.valueRange[1])
        return keyPosition(entry);
    const start = (0,post_source/* positionAt */.t$)(context.source, entry.valueRange[0]);
    const end = (0,post_source/* positionAt */.t$)(context.source, entry.valueRange[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
/** Line 1 (the opening fence), or the top of the file when there is no frontmatter. */
function frontmatterPosition() {
    return { line: 1, column: 1, endLine: 1, endColumn: 4 };
}
function findEntry(context, key) {
    return context.frontmatter?.entries.find((entry) => entry.key === key);
}
function isBlank(value) {
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
/** True when the frontmatter parsed cleanly enough for key-level rules to mean anything. */
function hasUsableFrontmatter(context) {
    return !!context.frontmatter && context.frontmatter.errors.length === 0;
}
/** An edit that renames a frontmatter key in place, keeping its quotes (`"Date":` -> `"date":`). */
function renameKeyEdit(context, entry, newKey) {
    const written = context.source.text.slice(entry.keyRange[0], entry.keyRange[1]);
    const quote = /^["']/.exec(written)?.[0] ?? '';
    return { range: entry.keyRange, text: quote + newKey + quote };
}

;// CONCATENATED MODULE: ./src/rules/tags-normalize.ts





const NORMALIZED_KEYS = ['tags', 'categories'];
function termOptions(context, key) {
    return (0,tags/* termOptionsFrom */.Z$)(context.options('tags-normalize'), key, context.engine.lowercaseTags);
}
/** Normalized terms in order, duplicates (ignoring case) dropped. */
function normalizeTerms(terms, options) {
    const seen = new Set();
    const result = [];
    for (const term of terms) {
        const normalized = (0,tags/* normalizeTerm */.Kf)(term, options);
        const key = normalized.toLowerCase();
        if (normalized === '' || seen.has(key))
            continue;
        seen.add(key);
        result.push(normalized);
    }
    return result;
}
/** Replaces the whole value with a one-line list, in the frontmatter's own syntax. */
function listValueFix(context, entry, terms) {
    const range = entry.valueRange;
    if (!range || range[0] === range[1])
        return undefined;
    const format = context.frontmatter.format;
    if (format === 'json')
        return undefined;
    return { edits: [{ range, text: format === 'toml' ? (0,tags/* tomlList */.zV)(terms) : (0,tags/* yamlFlowList */.yF)(terms) }] };
}
/* harmony default export */ const tags_normalize = ((0,rule/* defineRule */.K)({
    id: 'tags-normalize',
    category: 'tags',
    severity: 'warning',
    fixable: true,
    options: { case: { type: 'enum', values: ['preserve', 'lower'] }, aliases: { type: 'string-map' } },
    docs: {
        en: 'Tags and categories are a list of clean terms: a string becomes a list (Jekyll splits it on spaces), terms are trimmed, single-spaced and NFC (macOS writes NFD Hangul), case-only duplicates go, and `aliases` map variants (`k8s: kubernetes`). Tags keep their case unless the theme documents lowercase tags (Chirpy) or `case: lower` is set.',
        ko: '태그와 카테고리는 정돈된 용어 목록입니다. 문자열은 목록으로 바꾸고(Jekyll은 공백으로 나눔), 앞뒤 공백 제거, 공백 하나로, NFC(macOS는 한글을 NFD로 씀)로 맞추고, 대소문자만 다른 중복은 지우고, `aliases`로 변형을 통일합니다(`k8s: kubernetes`). 태그의 대소문자는 테마가 소문자 태그를 요구하거나(Chirpy) `case: lower`일 때만 바꿉니다.',
    },
    messages: {
        stringToList: { en: '`{key}: {value}` is a string; write it as the list `{list}`.', ko: '`{key}: {value}` 값은 문자열입니다. 목록 `{list}`{으로} 쓰세요.' },
        normalize: { en: 'Write `{key}` as `{list}` ({changes}).', ko: '`{key}` 값을 `{list}`{으로} 바꾸세요({changes}).' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        for (const entry of context.frontmatter.entries) {
            if (!NORMALIZED_KEYS.includes(entry.key))
                continue;
            const options = termOptions(context, entry.key);
            const value = entry.value;
            if (typeof value === 'string') {
                // A comma string is a type error (taxonomy-type reports and fixes it); a blank one is empty-value's.
                if (value.trim() === '' || value.includes(','))
                    continue;
                const terms = normalizeTerms((0,tags/* termsFromString */.Pr)(value, context.preset.taxonomyString === 'split-on-spaces'), options);
                const list = context.frontmatter.format === 'toml' ? (0,tags/* tomlList */.zV)(terms) : (0,tags/* yamlFlowList */.yF)(terms);
                const fix = listValueFix(context, entry, terms);
                report({ messageId: 'stringToList', data: { key: entry.key, value, list }, position: valuePosition(context, entry), ...(fix ? { fix } : {}) });
                continue;
            }
            if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number'))
                continue;
            const items = value.map(String);
            const normalized = normalizeTerms(items, options);
            const changes = describeChanges(items, options);
            if (changes.length === 0)
                continue;
            const fix = context.frontmatter.format === 'yaml' ? yamlItemEdits(context, entry, items, options) : listValueFix(context, entry, normalized);
            const list = context.frontmatter.format === 'toml' ? (0,tags/* tomlList */.zV)(normalized) : (0,tags/* yamlFlowList */.yF)(normalized);
            report({ messageId: 'normalize', data: { key: entry.key, list, changes: changes.join(', ') }, position: valuePosition(context, entry), ...(fix ? { fix } : {}) });
        }
    },
}));
function describeChanges(items, options) {
    const seen = new Set();
    const changes = [];
    for (const item of items) {
        const normalized = (0,tags/* normalizeTerm */.Kf)(item, options);
        const key = normalized.toLowerCase();
        if (seen.has(key) || normalized === '')
            changes.push(`\`${item}\` ×`);
        else if (normalized !== item)
            changes.push(item.normalize('NFC') === normalized ? `\`${normalized}\` NFC` : `\`${item}\` → \`${normalized}\``);
        seen.add(key);
    }
    return changes;
}
/** Per-item edits in a YAML list, so quoting, comments and the list's layout survive. */
function yamlItemEdits(context, entry, items, options) {
    const sequence = entry.yamlNode;
    if (!sequence || !(0,dist/* isSeq */.oP)(sequence) || sequence.items.length !== items.length)
        return undefined;
    const base = context.frontmatter.contentRange[0];
    const { text, lineStarts } = context.source;
    const edits = [];
    const seen = new Set();
    for (let index = 0; index < items.length; index++) {
        const node = sequence.items[index];
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return undefined;
        const start = base + node.range[0];
        const end = base + node.range[1];
        const normalized = (0,tags/* normalizeTerm */.Kf)(items[index], options);
        const key = normalized.toLowerCase();
        if (seen.has(key) || normalized === '') {
            if (sequence.flow) {
                const previous = sequence.items[index - 1];
                if (!previous?.range)
                    return undefined;
                edits.push({ range: [base + previous.range[1], end], text: '' });
            }
            else {
                // A block item owns its whole line (`  - dup  # comment`).
                const line = (0,post_source/* positionAt */.t$)(context.source, start).line - 1;
                const lineStart = lineStarts[line];
                const nextLine = lineStarts[line + 1] ?? text.length;
                if (text.slice(lineStart, start).trim() !== '-')
                    return undefined;
                edits.push({ range: [lineStart, nextLine], text: '' });
            }
            continue;
        }
        seen.add(key);
        if (typeof node.value === 'string' && normalized !== node.value)
            edits.push({ range: [start, end], text: (0,tags/* yamlScalarLike */.ft)(node, normalized) });
    }
    return edits.length > 0 ? { edits } : undefined;
}

// EXTERNAL MODULE: ./src/site/permalink.ts
var permalink = __webpack_require__(5010);
;// CONCATENATED MODULE: ./src/post/wiki.ts

const WIKI = /(!?)\[\[([^[\]\n|#]+)(#[^[\]\n|]*)?(?:\|([^[\]\n]*))?\]\]/g;
/** C++ attributes (`[[nodiscard]]`, `[[gnu::always_inline]]`) written in prose are not wiki links. */
const CPP_ATTRIBUTE = /^(?:nodiscard|maybe_unused|likely|unlikely|fallthrough|deprecated|noreturn|carries_dependency|no_unique_address|assume|indeterminate)\b|::/;
function findWikiRefs(source, tree) {
    const refs = [];
    (0,unist_util_visit_lib/* visit */.YR)(tree, (node) => {
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'link' || node.type === 'linkReference' || node.type === 'yaml' || node.type === 'toml')
            return unist_util_visit_parents_lib/* SKIP */._Z;
        if (node.type !== 'text')
            return undefined;
        const { start, end } = node.position ?? {};
        if (start?.offset === undefined || end?.offset === undefined)
            return undefined;
        const raw = source.text.slice(start.offset, end.offset);
        for (const match of raw.matchAll(WIKI)) {
            const target = match[2];
            if (raw[match.index - 1] === '\\' || /^\s/.test(target) || !/\p{L}/u.test(target) || CPP_ATTRIBUTE.test(target.trim()))
                continue;
            // Obsidian forbids `" * < > : ? \` in note names: `[["a", "b"]]` is an array literal.
            if (/["*<>:?\\]/.test(target))
                continue;
            const offset = start.offset + match.index;
            const ref = { embed: match[1] === '!', target: target.trim(), range: [offset, offset + match[0].length] };
            if (match[3] && match[3].length > 1)
                ref.heading = match[3].slice(1);
            if (match[4] !== undefined)
                ref.label = match[4];
            refs.push(ref);
        }
        return undefined;
    });
    return refs;
}
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?)$/i;
function isImageEmbed(ref) {
    return ref.embed && IMAGE_EXTENSION.test(ref.target);
}

;// CONCATENATED MODULE: ./src/runner/preview.ts





/** Characters a minute for Hangul (and other scripts written without spaces between words). */
const HANGUL_PER_MINUTE = 500;
/** Words a minute for everything else. */
const WORDS_PER_MINUTE = 200;
const EXCERPT_LENGTH = 200;
function computePreview(context) {
    const data = (0,permalink/* frontmatterData */.vZ)(context);
    const counts = countText(bodyText(context.tree));
    const date = (0,permalink/* resolvedPostDate */.z4)(context, data);
    const preview = {
        categories: terms(context, data, 'categories'),
        tags: terms(context, data, 'tags'),
        readingMinutes: counts.minutes,
        words: counts.words,
        characters: counts.characters,
        outline: outline(context.tree),
        // Obsidian `![[x.png]]` embeds are images the author meant (wiki-embed says how they publish).
        images: context.images.filter((image) => image.kind !== 'frontmatter').length + findWikiRefs(context.source, context.tree).filter(isImageEmbed).length,
    };
    const title = (0,permalink/* scalarText */.ws)(data.title);
    if (title)
        preview.title = title;
    if (date)
        preview.date = (0,permalink/* showDate */.uM)(date);
    const url = (0,permalink/* postUrl */.KI)(context, data, date);
    if (url)
        preview.url = url;
    const cover = context.images.find((image) => image.kind === 'frontmatter');
    if (cover)
        preview.cover = cover.url;
    const excerpt = excerptOf(data, context.tree);
    if (excerpt)
        preview.excerpt = excerpt;
    const publication = publicationOf(context);
    if (publication)
        preview.publication = publication;
    return preview;
}
// ---- publication ----
/** The engine's answer (src/engines/publication.ts) as the card shows it, at the time of the run. */
function publicationOf(context) {
    const answer = context.engine.publication(context, context.settings.now);
    if (!answer)
        return undefined;
    const engine = (0,publication/* engineLabel */.nY)(context.engine.name);
    switch (answer.state) {
        case 'published':
            return answer.ignored ? { state: 'published', engine, key: answer.ignored.key } : { state: 'published', engine };
        case 'future':
        case 'expired': {
            const shown = { state: answer.state, engine, when: (0,publication/* formatInZone */.FL)(answer.date.epochMs, answer.date.zone), siteZone: answer.date.zone.fromSite };
            if (answer.state === 'future' && context.engine.scheduledBuild)
                shown.scheduledBuild = context.engine.scheduledBuild;
            return shown;
        }
        case 'draft':
            return { state: 'draft', engine, cause: answer.cause };
        case 'unknown':
            return { state: 'unknown', engine, key: answer.key };
    }
}
/** The terms the tag and category pages will list, normalized as `tags-normalize` would. */
function terms(context, data, key) {
    return normalizeTerms((0,permalink/* rawTerms */.cb)(context, data[key]), termOptions(context, key));
}
// ---- text ----
const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const UNREAD = new Set(['code', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition']);
function inlineText(node, out) {
    if (UNREAD.has(node.type))
        return;
    // Kramdown attribute lists (`{: .prompt-tip }`) and Liquid (`{% raw %}`, `{{ site.url }}`): markup, not prose.
    if (node.type === 'text')
        out.push((0,scan/* blankMarkup */.D1)(node.value));
    else if (node.type === 'inlineCode')
        out.push(node.value);
    else if (node.type === 'break')
        out.push('\n');
    else if ('children' in node) {
        for (const child of node.children)
            inlineText(child, out);
        if (!PHRASING.has(node.type))
            out.push('\n');
    }
}
/** The plain text of a node (no code blocks, HTML, images), whitespace collapsed. */
function plain(node) {
    const out = [];
    inlineText(node, out);
    return out.join('').replace(/\s+/g, ' ').trim();
}
/** The body as a reader reads it: prose only, blocks on their own lines. */
function bodyText(tree) {
    const out = [];
    inlineText(tree, out);
    return out.join('');
}
const CHARACTER_SCRIPTS = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Counts for reading time: see the module comment for the rule and constants. */
function countText(text) {
    const normalized = text.normalize('NFC');
    const hangul = (normalized.match(HANGUL_SYLLABLE) ?? []).length + (normalized.replace(HANGUL_SYLLABLE, '').match(CHARACTER_SCRIPTS) ?? []).length;
    const latinWords = normalized.replace(CHARACTER_SCRIPTS, ' ').split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
    const words = normalized.split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
    const characters = Array.from(normalized.replace(/\s+/g, '')).length;
    const minutes = Math.max(1, Math.round(hangul / HANGUL_PER_MINUTE + latinWords / WORDS_PER_MINUTE));
    return { hangul, latinWords, words, characters, minutes };
}
function outline(tree) {
    const headings = [];
    const walk = (node) => {
        if (node.type === 'heading') {
            const text = plain(node);
            if (text !== '')
                headings.push({ depth: node.depth, text });
            return;
        }
        if (UNREAD.has(node.type))
            return;
        if ('children' in node)
            for (const child of node.children)
                walk(child);
    };
    walk(tree);
    return headings;
}
function excerptOf(data, tree) {
    for (const key of ['description', 'excerpt', 'summary']) {
        const value = (0,permalink/* scalarText */.ws)(data[key]);
        if (value)
            return clip(value, EXCERPT_LENGTH);
    }
    let found;
    const walk = (node) => {
        if (found !== undefined)
            return;
        if (node.type === 'paragraph') {
            const text = plain(node);
            if (text !== '')
                found = text;
            return;
        }
        if (UNREAD.has(node.type) || node.type === 'heading')
            return;
        if ('children' in node)
            for (const child of node.children)
                walk(child);
    };
    walk(tree);
    return found === undefined ? undefined : clip(found, EXCERPT_LENGTH);
}
/** At most `length` characters (code points), cut at a word boundary when there is one in the second half, with `…`. */
function clip(text, length) {
    const characters = Array.from(text);
    if (characters.length <= length)
        return text;
    let cut = characters.slice(0, length).join('');
    const space = cut.search(/\s\S*$/);
    if (space >= cut.length / 2)
        cut = cut.slice(0, space);
    return cut.replace(/[\s,;:.·…-]+$/u, '') + '…';
}

;// CONCATENATED MODULE: ./src/rules/post-unpublished.ts

// Jekyll reads `_posts/` files named `YYYY-MM-DD-title.md` and skips every other one without a
// word (checked with the real Jekyll): an Obsidian note dropped into `_posts/` is never published,
// and no front matter fixes that.
/* harmony default export */ const post_unpublished = ((0,rule/* defineRule */.K)({
    id: 'post-unpublished',
    category: 'frontmatter',
    severity: 'error',
    forUnpublished: true,
    fixable: false,
    options: {},
    docs: {
        en: 'A post is a file the engine publishes: Jekyll skips a `_posts/` file whose name does not start with its date (`YYYY-MM-DD-title.md`), silently.',
        ko: '글은 엔진이 게시하는 파일이어야 합니다. Jekyll은 이름이 날짜로 시작하지 않는(`YYYY-MM-DD-제목.md`) `_posts/` 파일을 아무 말 없이 건너뜁니다.',
    },
    messages: {
        undated: {
            en: 'Jekyll never publishes `{name}`: a file in `_posts/` must be named `YYYY-MM-DD-title.md`; rename it (e.g. `{suggested}`).',
            ko: 'Jekyll은 `{name}` 파일을 게시하지 않습니다. `_posts/`의 파일 이름은 `YYYY-MM-DD-제목.md` 형식이어야 합니다. 이름을 바꾸세요(예: `{suggested}`).',
        },
    },
    check(context, report) {
        if (context.kind !== 'unpublished')
            return;
        const date = dateOf(context.frontmatter?.data.date) ?? 'YYYY-MM-DD';
        const slug = context.fileName.replace(/\.[^.]+$/, '').trim().replace(/\s+/g, '-');
        const extension = /\.[^.]+$/.exec(context.fileName)?.[0] ?? '.md';
        report({ messageId: 'undated', data: { name: context.fileName, suggested: `${date}-${slug}${extension}` }, position: { line: 1, column: 1 } });
    },
}));
function dateOf(value) {
    return typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] : undefined;
}

;// CONCATENATED MODULE: ./src/rules/frontmatter-missing.ts

/* harmony default export */ const frontmatter_missing = ((0,rule/* defineRule */.K)({
    id: 'frontmatter-missing',
    category: 'frontmatter',
    severity: 'error',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'A post starts with a frontmatter block (`---` ... `---`); without one Jekyll copies the file as is and it never becomes a post.',
        ko: '글은 프론트매터(`---` ... `---`)로 시작해야 합니다. 없으면 Jekyll이 글로 만들지 않고 파일을 그대로 복사합니다.',
    },
    messages: {
        missing: {
            en: 'No frontmatter: start the post with a `---` line, then `title:` and `date:`, then a closing `---` line.',
            ko: '프론트매터가 없습니다. 첫 줄을 `---`로 시작하고 `title:`, `date:`를 적은 뒤 `---`로 닫으세요.',
        },
    },
    check(context, report) {
        if (context.frontmatter)
            return;
        report({ messageId: 'missing', position: { line: 1, column: 1 } });
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-syntax.ts

/* harmony default export */ const frontmatter_syntax = ((0,rule/* defineRule */.K)({
    id: 'frontmatter-syntax',
    category: 'frontmatter',
    severity: 'error',
    fixable: false,
    options: {},
    docs: {
        en: 'The frontmatter parses: it is closed, valid YAML/TOML/JSON, a mapping, and has no key twice.',
        ko: '프론트매터가 올바르게 닫혀 있고, 문법(YAML/TOML/JSON)에 맞고, 키-값 형태이며, 같은 키가 두 번 나오지 않아야 합니다.',
    },
    messages: {
        unclosed: {
            en: 'Frontmatter opened with `{fence}` on line 1 is never closed: add a `{fence}` line after the last key.',
            ko: '1번째 줄의 `{fence}` 줄로 연 프론트매터가 닫히지 않았습니다. 마지막 키 다음 줄에 `{fence}` 줄을 추가하세요.',
        },
        syntax: { en: 'The frontmatter cannot be read ({detail}): correct it so the blog engine can read the post\'s settings.', ko: '프론트매터를 읽을 수 없습니다(파서 메시지: {detail}). 블로그 엔진이 읽을 수 있게 문법을 고치세요.' },
        'duplicate-key': { en: 'Key `{detail}` appears twice in the frontmatter and the engine keeps only one: keep one and remove the other.', ko: '프론트매터에 `{detail}` 키가 두 번 나옵니다. 하나만 남겨 주세요.' },
        'not-a-mapping': { en: 'The frontmatter is a {detail}, not `key: value` pairs: write one `key: value` per line.', ko: '프론트매터가 `키: 값` 형태가 아니라 {detailKo}입니다. 한 줄에 `키: 값` 하나씩 쓰세요.' },
        'too-deep': { en: 'The frontmatter is nested more than {detail} levels deep here, so it is not read: write it with fewer levels.', ko: '프론트매터가 여기서 {detail}단계보다 깊게 중첩되어 읽지 않았습니다. 중첩을 줄이세요.' },
        'unknown-language': { en: 'Unknown frontmatter language `{detail}`: use `---` (YAML), `+++` (TOML) or `---json`.', ko: '알 수 없는 프론트매터 형식 `{detail}`입니다. `---`(YAML), `+++`(TOML), `---json`을 쓰세요.' },
    },
    check(context, report) {
        for (const error of context.frontmatter?.errors ?? []) {
            if (error.kind === 'executable')
                continue;
            report({ messageId: error.kind, data: { fence: error.detail, detail: error.detail, detailKo: error.detail === 'list' ? '목록' : '값 하나' }, position: { line: error.line, column: error.column } });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-executable.ts

// gray-matter (used by Astro, Gatsby, Eleventy) evaluates `---js` blocks as code. We never do,
// and we say so loudly: a post must not be able to run code in CI.
/* harmony default export */ const frontmatter_executable = ((0,rule/* defineRule */.K)({
    id: 'frontmatter-executable',
    category: 'frontmatter',
    severity: 'error',
    fixable: false,
    options: {},
    docs: {
        en: 'Frontmatter written as code (`---js`, `---javascript`, `---coffee`) is refused and never run: some site generators would execute it.',
        ko: '코드로 된 프론트매터(`---js`, `---javascript`, `---coffee`)는 실행하지 않고 거부합니다. 일부 생성기는 이를 실행합니다.',
    },
    messages: {
        executable: {
            en: 'Frontmatter in `{language}` is code and is not run; write it as YAML (`---`).',
            ko: '`{language}` 프론트매터는 코드이므로 실행하지 않습니다. YAML(`---`)로 쓰세요.',
        },
    },
    check(context, report) {
        for (const error of context.frontmatter?.errors ?? []) {
            if (error.kind === 'executable')
                report({ messageId: 'executable', data: { language: error.detail }, position: { line: 1, column: 1, endColumn: 4 + error.detail.length } });
        }
    },
}));

// EXTERNAL MODULE: ./src/engines/site-config.ts
var site_config = __webpack_require__(5763);
// EXTERNAL MODULE: ./src/post/dates.ts
var dates = __webpack_require__(9456);
;// CONCATENATED MODULE: ./src/rules/required-keys.ts




/* harmony default export */ const required_keys = ((0,rule/* defineRule */.K)({
    id: 'required-keys',
    category: 'frontmatter',
    severity: 'error',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'Every post sets the required keys (default `title` and `date`). Values from `_config.yml` `defaults:` count, and so does a Jekyll file-name date.',
        ko: '모든 글에 필수 키(기본 `title`, `date`)가 있어야 합니다. `_config.yml`의 `defaults:` 값과 Jekyll 파일 이름의 날짜도 인정합니다.',
    },
    messages: {
        missing: { en: 'The frontmatter has no `{key}:`, which is required: add a `{key}:` line.', ko: '필수 키 `{key}`{이} 프론트매터에 없습니다. `{key}:` 줄을 추가하세요.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        // A site with a content schema says itself what is required (frontmatter-schema).
        if (context.engine.schemaFor(context.file))
            return;
        const frontmatter = context.frontmatter;
        const fromDefaults = (0,site_config/* defaultKeysFor */.RS)(context.site, context.file);
        for (const key of context.settings.requiredKeys) {
            if (key in frontmatter.data || fromDefaults.has(key))
                continue;
            if (key === 'date' && context.preset.dateFromFileName && (0,dates/* filenameDate */.cd)(context.fileName))
                continue;
            // A capitalized `Title:` is reported by key-case; saying "missing" too would be noise.
            if (Object.keys(frontmatter.data).some((present) => present.toLowerCase() === key.toLowerCase() && !isBlank(frontmatter.data[present])))
                continue;
            report({ messageId: 'missing', data: { key }, position: { line: 1, column: 1, endColumn: 4 } });
        }
    },
}));

// EXTERNAL MODULE: ./src/engines/astro-site.ts
var astro_site = __webpack_require__(7262);
;// CONCATENATED MODULE: ./src/rules/frontmatter-schema.ts




// Astro validates every entry of a content collection against the collection's zod schema, and
// the build stops at the first entry that does not fit. The schema is read from the site's own
// `src/content/config.ts` (as text, never run), so the verdict is the site's, not a convention.
/* harmony default export */ const frontmatter_schema = ((0,rule/* defineRule */.K)({
    id: 'frontmatter-schema',
    category: 'frontmatter',
    severity: 'error',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'Front matter fits the site\'s content schema (Astro `src/content/config.ts`): every required key is there, dates, enums and lists hold what the schema accepts (`z.coerce.date()` takes `2025.12.20`, `z.date()` does not). A post that does not fit stops `astro build`.',
        ko: '프론트매터가 사이트의 콘텐츠 스키마(Astro `src/content/config.ts`)에 맞아야 합니다. 필수 키가 모두 있고, 날짜·열거형·목록 값이 스키마가 받는 형태여야 합니다(`z.coerce.date()`는 `2025.12.20`을 받지만 `z.date()`는 받지 않습니다). 맞지 않는 글은 `astro build`를 멈춥니다.',
    },
    messages: {
        missing: { en: '`{key}` is required by the schema of the `{collection}` collection: add `{key}:` to the frontmatter, or `astro build` fails.', ko: '`{collection}` 컬렉션 스키마는 `{key}` 키를 요구합니다. 프론트매터에 `{key}:`{을} 추가하세요. 없으면 `astro build`가 실패합니다.' },
        type: { en: '`{key}` holds a `{got}`, but the schema of the `{collection}` collection wants `{expected}`: change the value, or `astro build` fails.', ko: '`{key}` 값의 형식은 `{got}`{이}지만 `{collection}` 컬렉션 스키마는 `{expected}`{을} 요구합니다. 값을 고치세요. 그대로 두면 `astro build`가 실패합니다.' },
        enum: { en: '`{key}: {got}` is not one of {expected} (the `{collection}` schema): use one of them, or `astro build` fails.', ko: '`{key}: {got}` 값은 `{collection}` 스키마의 {expected} 중 하나가 아닙니다. 그중 하나를 쓰세요. 그대로 두면 `astro build`가 실패합니다.' },
        unknownKey: { en: '`{key}` is not in the `{collection}` schema, which is strict: remove the key or add it to the schema, or `astro build` fails.', ko: '`{key}` 키는 엄격한(strict) `{collection}` 스키마에 없습니다. 키를 지우거나 스키마에 추가하세요. 그대로 두면 `astro build`가 실패합니다.' },
    },
    check(context, report) {
        const schema = context.engine.schemaFor(context.file);
        if (!schema || !hasUsableFrontmatter(context))
            return;
        const frontmatter = context.frontmatter;
        const quotedKeys = frontmatter.entries.filter((entry) => (0,post_frontmatter/* isQuotedValue */.qB)(entry)).map((entry) => entry.key);
        const problems = (0,astro_site/* validateAgainstSchema */.v9)(frontmatter.data, schema.schema, { quotedKeys, format: frontmatter.format === 'toml' ? 'toml' : 'yaml', legacyContent: schema.legacyContent });
        for (const problem of problems) {
            const entry = findEntry(context, problem.key.replace(/\[\d+\]$/, ''));
            const position = entry ? (problem.kind === 'unknown-key' ? keyPosition(entry) : valuePosition(context, entry)) : { line: 1, column: 1, endColumn: 4 };
            const messageId = problem.kind === 'unknown-key' ? 'unknownKey' : problem.kind;
            report({ messageId, data: { key: problem.key, collection: schema.collection, expected: problem.expected, got: problem.got }, position });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/empty-value.ts


/* harmony default export */ const empty_value = ((0,rule/* defineRule */.K)({
    id: 'empty-value',
    category: 'frontmatter',
    severity: 'warning',
    fixable: false,
    options: {},
    docs: {
        en: 'Frontmatter keys have a value: `tags:` with nothing after it is `null`, and an empty `title: ""` renders as an untitled post.',
        ko: '프론트매터 키에는 값이 있어야 합니다. 값이 없는 `tags:`는 `null`이 되고, 빈 `title: ""`은 제목 없는 글이 됩니다.',
    },
    messages: {
        empty: { en: 'Key `{key}` has no value: fill it in or remove the line.', ko: '`{key}` 키에 값이 없습니다. 값을 채우거나 줄을 지우세요.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        for (const entry of context.frontmatter.entries) {
            // `tags: []` is an explicit "none" (Chirpy's template writes it); only null and blank strings are empty.
            if (Array.isArray(entry.value))
                continue;
            if (isBlank(entry.value))
                report({ messageId: 'empty', data: { key: entry.key }, position: keyPosition(entry) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/key-case.ts


// Notion and Obsidian exports write `Title:`, `Date:`, `Tags:`; Jekyll, Hexo and Astro read keys
// case-sensitively and silently ignore them. Hugo reads keys in any case: nothing to report there.
/* harmony default export */ const key_case = ((0,rule/* defineRule */.K)({
    id: 'key-case',
    category: 'frontmatter',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Frontmatter keys are spelled in the engine\'s case: Jekyll, Hexo and Astro ignore `Date:` or `Tags:` (Notion/Obsidian exports), and the post loses its date or tags. Off on Hugo, which reads keys in any case.',
        ko: '프론트매터 키는 엔진이 읽는 대소문자 그대로 씁니다. Jekyll, Hexo, Astro는 Notion/Obsidian에서 내보낸 `Date:`, `Tags:`를 무시해 날짜나 태그가 사라집니다. 대소문자를 가리지 않는 Hugo에서는 꺼져 있습니다.',
    },
    messages: {
        wrongCase: { en: 'Key `{key}` is ignored by the blog engine; write it as `{expected}`.', ko: '`{key}` 키는 블로그 엔진이 무시합니다. `{expected}`{으로} 쓰세요.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context) || !context.engine.keysCaseSensitive)
            return;
        const schema = context.engine.schemaFor(context.file);
        const known = new Map((schema ? Object.keys(schema.schema.fields) : context.preset.knownKeys).map((key) => [key.toLowerCase(), key]));
        const present = new Set(context.frontmatter.entries.map((entry) => entry.key));
        for (const entry of context.frontmatter.entries) {
            const expected = known.get(entry.key.toLowerCase());
            if (!expected || expected === entry.key)
                continue;
            // `Date:` next to a real `date:` is a separate key, not a typo of it.
            if (present.has(expected))
                continue;
            report({ messageId: 'wrongCase', data: { key: entry.key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rule-api/post-dates.ts


const DATE_KEYS = ['date', 'last_modified_at', 'lastmod', 'updated', 'publishDate', 'expiryDate', 'pubDate', 'updatedDate'];
function siteOffsetMinutes(context) {
    return context.site.timeZone ? ((0,dates/* timeZoneOffsetMinutes */.Ym)(context.site.timeZone, context.settings.now) ?? 0) : 0;
}
function postDate(context) {
    const entry = findEntry(context, 'date');
    if (!entry || isBlank(entry.value))
        return undefined;
    const parsed = (0,dates/* parsePostDate */.y1)(entry.value, siteOffsetMinutes(context));
    return parsed.ok ? { entry, date: parsed.date } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/date-invalid.ts




/* harmony default export */ const date_invalid = ((0,rule/* defineRule */.K)({
    id: 'date-invalid',
    category: 'frontmatter',
    severity: 'error',
    fixable: false,
    options: {},
    docs: {
        en: 'Dates are real calendar dates written as `YYYY-MM-DD`, optionally with `HH:MM:SS` and an offset (`2025-03-03 21:00:00 +0900`).',
        ko: '날짜는 실제 존재하는 날짜를 `YYYY-MM-DD` 형식으로 쓰고, 필요하면 `HH:MM:SS`와 시간대(`2025-03-03 21:00:00 +0900`)를 붙입니다.',
    },
    messages: {
        format: { en: '`{key}: {value}` is not a date the blog engine can read; write `YYYY-MM-DD HH:MM:SS +0900`.', ko: '`{key}: {value}` 값은 블로그 엔진이 읽을 수 있는 날짜가 아닙니다. `YYYY-MM-DD HH:MM:SS +0900` 형식으로 쓰세요.' },
        calendar: { en: '`{key}: {value}` is not a real date (month 1-12, day within the month, time up to 23:59): correct it.', ko: '`{key}: {value}` 값은 존재하지 않는 날짜입니다(월 1-12, 그 달의 일수, 시각 23:59까지). 날짜를 바로잡으세요.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        const schema = context.engine.schemaFor(context.file)?.schema.fields;
        for (const entry of context.frontmatter.entries) {
            if (!DATE_KEYS.includes(entry.key) || isBlank(entry.value))
                continue;
            // The site's schema decides what a date is there (`z.coerce.date()` takes `2025.12.20`).
            if (schema && entry.key in schema)
                continue;
            const parsed = (0,dates/* parsePostDate */.y1)(entry.value);
            if (!parsed.ok && parsed.reason === 'format' && context.engine.lenientDates && validPrefix(entry.value))
                continue;
            if (!parsed.ok)
                report({ messageId: parsed.reason, data: { key: entry.key, value: String(entry.value) }, position: valuePosition(context, entry) });
        }
    },
}));
/** A real date (and time) at the start of the value, which `Time.parse` reads whatever follows. */
function validPrefix(value) {
    if (typeof value !== 'string')
        return false;
    const prefix = /^\s*\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2})?)?/.exec(value)?.[0];
    return prefix !== undefined && (0,dates/* parsePostDate */.y1)(prefix).ok;
}

;// CONCATENATED MODULE: ./src/rules/date-timezone.ts




// What Jekyll does with a post's time (checked with the real Jekyll, test/oracle): it shows the
// date and builds the URL in the site's `timezone:`, or in the build machine's zone (UTC on a
// GitHub runner) when there is none. A date with an offset is converted to that zone; an unquoted
// date without one is a YAML timestamp, which Psych reads as UTC; a quoted one is parsed in the
// site's zone. The post moves to another day only when that conversion crosses midnight, so that
// is the only thing reported: a naive date on a site without `timezone:` is read and shown as written.
/* harmony default export */ const date_timezone = ((0,rule/* defineRule */.K)({
    id: 'date-timezone',
    category: 'frontmatter',
    severity: 'warning',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'A post\'s `date` lands on the day the author wrote: Jekyll shows it (and builds the URL) in the site\'s `timezone:` or, without one, in UTC, so `08:30 +0900` on a site with no `timezone:` is published the day before, and an unquoted `23:30:00` with no offset on a `timezone: Asia/Seoul` site the day after.',
        ko: '글의 `date`는 글쓴이가 적은 날짜에 게시되어야 합니다. Jekyll은 날짜를 사이트의 `timezone:`(없으면 UTC)으로 보여 주고 URL도 그렇게 만듭니다. 그래서 `timezone:`이 없는 사이트에서 `08:30 +0900`은 전날로, `timezone: Asia/Seoul` 사이트에서 따옴표 없이 시간대 없이 쓴 `23:30:00`은 다음 날로 게시됩니다.',
    },
    messages: {
        offsetMoves: {
            en: '`date: {value}` is {shown} in {zone}, the zone Jekyll builds in{why}: the post is dated {shownDay}, not {writtenDay}. Set `timezone:` in `_config.yml` to your zone (e.g. `Asia/Seoul`).',
            ko: '`date: {value}`{은} Jekyll이 빌드하는 시간대({zone}{why})로 {shown}입니다. 글 날짜가 {writtenDay}{이} 아니라 {shownDay}{이} 됩니다. `_config.yml`에 `timezone:`(예: `Asia/Seoul`)을 지정하세요.',
        },
        naiveMoves: {
            en: '`date: {value}` has no offset, so Jekyll reads it as UTC and shows it in {zone} as {shown}: the post is dated {shownDay}, not {writtenDay}. Add the offset: `{suggested}`.',
            ko: '`date: {value}`에는 시간대가 없어 Jekyll이 UTC로 읽고 {zone} 기준 {shown}{으로} 보여 줍니다. 글 날짜가 {writtenDay}{이} 아니라 {shownDay}{이} 됩니다. 시간대를 붙이세요: `{suggested}`.',
        },
    },
    check(context, report) {
        if (!context.engine.datesInSiteZone || !context.frontmatter || context.frontmatter.errors.length > 0)
            return;
        const entry = findEntry(context, 'date');
        if (!entry || isBlank(entry.value))
            return;
        const parsed = (0,dates/* parsePostDate */.y1)(entry.value);
        if (!parsed.ok || !parsed.date.hasTime)
            return;
        const date = parsed.date;
        const zone = context.site.timeZone ?? 'UTC';
        const zoneAt = (epochMs) => (0,dates/* timeZoneOffsetMinutes */.Ym)(zone, new Date(epochMs));
        const writtenDay = (0,dates/* calendarDay */.$6)(date);
        if (date.offsetMinutes !== undefined) {
            const offset = zoneAt(date.epochMs);
            if (offset === undefined || offset === date.offsetMinutes)
                return;
            const shown = wallClock(date.epochMs, offset);
            if (shown.slice(0, 10) === writtenDay)
                return;
            const why = context.site.timeZone ? '' : context.settings.lang === 'ko' ? ', `timezone:`이 없어 빌드 서버 기준' : ' without `timezone:`';
            report({ messageId: 'offsetMoves', data: { value: String(entry.value), shown, zone, why, shownDay: shown.slice(0, 10), writtenDay }, position: valuePosition(context, entry) });
            return;
        }
        // A quoted value, or one without seconds, is a string, which Jekyll parses in the site's zone.
        if (context.frontmatter.format !== 'yaml' || !(0,dates/* isNaiveYamlTimestamp */.Jj)(entry.value, (0,post_frontmatter/* isQuotedValue */.qB)(entry)))
            return;
        // Read as UTC, the date is after this run: date-future reports it (same cause, same fix), once.
        const publication = context.engine.publication(context, context.settings.now);
        if (publication?.state === 'future' && publication.date.entry === entry && !context.engine.scheduledBuild)
            return;
        const offset = zoneAt(date.epochMs);
        if (!offset)
            return;
        const shown = wallClock(date.epochMs, offset);
        if (shown.slice(0, 10) === writtenDay)
            return;
        const suggested = `${String(entry.value).trim()} ${formatOffset(zoneAt(date.epochMs - offset * 60_000) ?? offset)}`;
        report({ messageId: 'naiveMoves', data: { value: String(entry.value), shown, zone, shownDay: shown.slice(0, 10), writtenDay, suggested }, position: valuePosition(context, entry) });
    },
}));
function wallClock(epochMs, offsetMinutes) {
    const local = new Date(epochMs + offsetMinutes * 60_000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
function formatOffset(minutes) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./src/rules/date-future.ts




// The engine's own answer (src/engines/publication.ts) decides: Jekyll skips a post dated after the
// build unless `future: true`, Hugo one whose publish date (`publishDate`, else `date`) is after it
// unless `buildFuture`, Hexo only with `future: false`. A date without an offset is read in the
// site's time zone, or in UTC when the site sets none (what a GitHub runner builds with): a Korean
// author's `date: 2026-11-30 09:00` is then 18:00 KST, hours after it was written.
//
// A post dated in the future on a site that a workflow rebuilds on a schedule is a scheduled post:
// it appears by itself after its date, and the preview card says when. Anywhere else it waits for
// the first push after that time, which the author rarely expects: that is reported.
// Drafts (`draft: true`, `published: false`, `_drafts/`) are held back on purpose: never reported.
/* harmony default export */ const date_future = ((0,rule/* defineRule */.K)({
    id: 'date-future',
    category: 'frontmatter',
    severity: 'warning',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'A post dated in the future is not published (Jekyll without `future: true`, Hugo without `buildFuture`, Hexo with `future: false`) until a build after that time; a date without an offset is read in the site\'s time zone, else in UTC. Not reported when a workflow rebuilds the site on a schedule.',
        ko: '미래 날짜의 글은 그 시각 이후 다시 빌드할 때까지 게시되지 않습니다(Jekyll `future: true`, Hugo `buildFuture`가 없을 때, Hexo `future: false`일 때). 시간대 없는 날짜는 사이트 시간대로, 그것도 없으면 UTC로 읽습니다. 워크플로가 예약 빌드로 사이트를 다시 빌드하면 보고하지 않습니다.',
    },
    messages: {
        future: {
            en: '`{key}: {value}` means {when}, after this run: {engine} will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `{setting}: true` in the site\'s config.',
            ko: '`{key}: {value}`{은} {when}{으로} 이번 실행보다 뒤입니다. {engine}{은} 그 이후 빌드 전까지 글을 게시하지 않고, 사이트를 예약 빌드하는 워크플로도 없습니다. 병합할 때 게시하려면 날짜를 고치거나 사이트 설정에 `{setting}: true`{을} 넣으세요.',
        },
        futureFileName: {
            en: 'The file name dates this post {value}, which {engine} reads as {when}, after this run: the post will not be published until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, rename the file with today\'s date (or add a `date:`), or set `{setting}: true` in the site\'s config.',
            ko: '파일 이름의 날짜 {value}{을} {engine}{은} {when}{으로} 읽습니다. 이번 실행보다 뒤라서 그 이후 빌드 전까지 글이 게시되지 않고, 사이트를 예약 빌드하는 워크플로도 없습니다. 병합할 때 게시하려면 파일 이름을 오늘 날짜로 바꾸거나(또는 `date:`를 넣거나) 사이트 설정에 `{setting}: true`{을} 넣으세요.',
        },
        futureNoZone: {
            en: '`{key}: {value}` has no offset and the site sets no time zone, so {engine} reads it as {when}, after this run: the post will not be published until a build after that time. If you meant your own time, add its offset (`{suggested}`) or set `{zoneSetting}` in the site\'s config.',
            ko: '`{key}: {value}`에는 시간대가 없고 사이트에도 시간대 설정이 없어 {engine}{은} 이를 {when}{으로} 읽습니다. 이번 실행보다 뒤라서 그 이후 빌드 전까지 글이 게시되지 않습니다. 내 시간대로 쓴 것이라면 시간대를 붙이거나(`{suggested}`) 사이트 설정에 `{zoneSetting}`{을} 지정하세요.',
        },
        futureYamlUtc: {
            en: '`{key}: {value}` has no offset and is not quoted: YAML makes it a timestamp, which {engine} reads as UTC, {when}, after this run: the post will not be published until a build after that time. Add the offset: `{suggested}`.',
            ko: '`{key}: {value}`에는 시간대도 따옴표도 없어 YAML 타임스탬프가 되고, {engine}{은} 이를 UTC로 읽어 {when}{이} 됩니다. 이번 실행보다 뒤라서 그 이후 빌드 전까지 글이 게시되지 않습니다. 시간대를 붙이세요: `{suggested}`.',
        },
    },
    check(context, report) {
        const answer = context.engine.publication(context, context.settings.now);
        if (answer?.state !== 'future' || context.engine.scheduledBuild)
            return;
        // `draft: true` says the author holds the post back: hidden is what they asked for, even where
        // the engine does not read the key (Jekyll, Hexo; draft-ignored covers a draft it publishes).
        if (context.frontmatter?.data.draft === true)
            return;
        const { date, setting, zoneSetting } = answer;
        const engine = (0,publication/* engineLabel */.nY)(context.engine.name);
        const when = (0,publication/* formatInZone */.FL)(date.epochMs, date.zone);
        const position = date.entry ? valuePosition(context, date.entry) : frontmatterPosition();
        if (date.fromFileName) {
            report({ messageId: 'futureFileName', data: { value: date.value, when, engine, setting }, position });
            return;
        }
        // A time no more than 14 hours ahead (the largest offset in use) might be the author's own
        // clock read in the wrong zone: say which zone read it, and how to name the right one.
        if (date.naive && date.hasTime && date.epochMs - context.settings.now.getTime() <= MAX_OFFSET_MS) {
            if (date.yamlTimestamp) {
                const siteOffset = context.site.timeZone ? (0,dates/* timeZoneOffsetMinutes */.Ym)(context.site.timeZone, new Date(date.epochMs)) : undefined;
                const suggested = `${date.value} ${date_future_formatOffset(siteOffset ?? (context.settings.lang === 'ko' ? 540 : 0))}`;
                report({ messageId: 'futureYamlUtc', data: { key: date.key, value: date.value, when, engine, suggested }, position });
                return;
            }
            if (!date.zone.fromSite) {
                const offset = context.settings.lang === 'ko' ? '+09:00' : '+HH:MM';
                const suggested = `${date.value}${date.value.includes('T') ? '' : ' '}${offset}`;
                report({ messageId: 'futureNoZone', data: { key: date.key, value: date.value, when, engine, suggested, zoneSetting }, position });
                return;
            }
        }
        report({ messageId: 'future', data: { key: date.key, value: date.value, when, engine, setting }, position });
    },
}));
const MAX_OFFSET_MS = 14 * 3_600_000;
function date_future_formatOffset(minutes) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./src/rules/post-expired.ts



// Hugo stops publishing a post once its `expiryDate` (or `unpublishdate`) has passed, unless
// `buildExpired` (checked with Hugo 0.111, test/oracle/publication.test.ts): the page is gone from
// the site, its lists and its feeds after the next build. The engine's answer
// (src/engines/publication.ts) decides; a date without an offset is read in `timeZone`, else UTC.
/* harmony default export */ const post_expired = ((0,rule/* defineRule */.K)({
    id: 'post-expired',
    category: 'frontmatter',
    severity: 'warning',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'A post past its `expiryDate` (Hugo; `unpublishdate` too) is no longer published unless `buildExpired` is set: the next build removes it from the site.',
        ko: '`expiryDate`(Hugo, `unpublishdate`도)가 지난 글은 `buildExpired`가 없으면 더 이상 게시되지 않습니다. 다음 빌드에서 사이트에서 사라집니다.',
    },
    messages: {
        expired: {
            en: '`{key}: {value}` has passed ({when}): {engine} no longer publishes this post, and the next build removes it from the site. To keep it online, remove `{key}` or set a later date (or `{setting}: true` in the site\'s config).',
            ko: '`{key}: {value}`{은} 이미 지났습니다({when}). {engine}{은} 이 글을 더 이상 게시하지 않고, 다음 빌드에서 사이트에서 사라집니다. 계속 게시하려면 `{key}`{을} 지우거나 더 뒤의 날짜로 바꾸세요(또는 사이트 설정에 `{setting}: true`).',
        },
    },
    check(context, report) {
        const answer = context.engine.publication(context, context.settings.now);
        if (answer?.state !== 'expired')
            return;
        const { date, setting } = answer;
        const position = date.entry ? valuePosition(context, date.entry) : frontmatterPosition();
        report({ messageId: 'expired', data: { key: date.key, value: date.value, when: (0,publication/* formatInZone */.FL)(date.epochMs, date.zone), engine: (0,publication/* engineLabel */.nY)(context.engine.name), setting }, position });
    },
}));

;// CONCATENATED MODULE: ./src/rules/draft-ignored.ts



// `draft: true` keeps a post back in Hugo, but Jekyll and Hexo never read it (checked with Jekyll
// 4.3.1: a `_posts/` file with `draft: true` is built like any other; Hexo's post processor only
// knows `published` and its `_drafts/` folder). The post the author meant to hold back is
// published when merged. Not reported when the site's own layouts or pages test `post.draft`
// (`{% unless post.draft %}` in `index.html`, a common way to hide drafts from the lists): the key
// does something there, and the engine's answer is "unknown".
/* harmony default export */ const draft_ignored = ((0,rule/* defineRule */.K)({
    id: 'draft-ignored',
    category: 'frontmatter',
    severity: 'warning',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'Jekyll and Hexo do not read `draft: true`: such a post is published like any other. Hold it back with `published: false` or by moving it to `_drafts/`.',
        ko: 'Jekyll과 Hexo는 `draft: true`를 읽지 않아 그런 글도 그대로 게시됩니다. 게시하지 않으려면 `published: false`를 쓰거나 `_drafts/` 폴더로 옮기세요.',
    },
    messages: {
        ignored: {
            en: '{engine} does not read `{key}: true`: this post is published when merged. To keep it unpublished, write `published: false` instead (or move the file to `{drafts}`).',
            ko: '{engine}{은} `{key}: true`{을} 읽지 않아 이 글은 병합하면 게시됩니다. 게시하지 않으려면 대신 `published: false`{을} 쓰세요(또는 파일을 `{drafts}` 폴더로 옮기세요).',
        },
    },
    check(context, report) {
        const answer = context.engine.publication(context, context.settings.now);
        if (answer?.state !== 'published' || !answer.ignored)
            return;
        report({ messageId: 'ignored', data: { engine: (0,publication/* engineLabel */.nY)(context.engine.name), key: answer.ignored.key, drafts: answer.draftsFolder ?? '_drafts/' }, position: keyPosition(answer.ignored) });
    },
}));

;// CONCATENATED MODULE: ./src/rules/date-filename-mismatch.ts




/* harmony default export */ const date_filename_mismatch = ((0,rule/* defineRule */.K)({
    id: 'date-filename-mismatch',
    category: 'frontmatter',
    severity: 'warning',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'In `YYYY-MM-DD-slug.md` the file-name date and the `date:` key agree; when they differ the frontmatter wins and the URL changes.',
        ko: '`YYYY-MM-DD-slug.md` 파일 이름의 날짜와 `date:` 키가 같아야 합니다. 다르면 프론트매터가 우선이라 URL이 바뀝니다.',
    },
    messages: {
        mismatch: {
            en: 'File name says {fileDate} but `date:` says {date}, and the post is published under {date}: make them agree (rename the file or correct `date:`).',
            ko: '파일 이름은 {fileDate}인데 `date:`는 {date}입니다. 글은 {date} 날짜로 게시됩니다. 파일 이름이나 `date:` 값을 고쳐 둘을 맞추세요.',
        },
    },
    check(context, report) {
        const fileDate = (0,dates/* filenameDate */.cd)(context.fileName);
        const found = postDate(context);
        if (!fileDate || !found)
            return;
        const date = (0,dates/* calendarDay */.$6)(found.date);
        if (date !== fileDate)
            report({ messageId: 'mismatch', data: { fileDate, date }, position: valuePosition(context, found.entry) });
    },
}));

;// CONCATENATED MODULE: ./src/rules/permalink-changed.ts
// A renamed post whose URL changes breaks every link, bookmark and search result that points at it.
// The old and new URLs come from the same permalink logic as the preview card (preset, `_config.yml`
// permalink/defaults, Hugo content paths); the rename itself comes from the pull request or git.
// The fix adds the old URL where the blog engine turns it into a redirect: `redirect_from:`
// (Jekyll with jekyll-redirect-from) or `aliases:` (Hugo).




/* harmony default export */ const permalink_changed = ((0,rule/* defineRule */.K)({
    id: 'permalink-changed',
    category: 'frontmatter',
    severity: 'warning',
    fixable: true,
    options: {},
    docs: {
        en: 'A renamed post whose URL changes lists its old URL in `redirect_from:` (Jekyll, jekyll-redirect-from) or `aliases:` (Hugo), so old links keep working.',
        ko: '이름을 바꿔 URL이 달라진 글은 예전 URL을 `redirect_from:`(Jekyll, jekyll-redirect-from)이나 `aliases:`(Hugo)에 적어 두어야 예전 링크가 계속 동작합니다.',
    },
    messages: {
        addKey: {
            en: 'Renamed from {previous}: the URL changes from {oldUrl} to {newUrl} and links to the old one break. Add to the frontmatter: `{key}: [{quoted}]` ({plugin}).',
            ko: '{previous}에서 이름이 바뀌어 URL이 {oldUrl}에서 {newUrl}{으로} 달라지고 예전 링크가 깨집니다. 프론트매터에 `{key}: [{quoted}]`{을} 추가하세요({plugin}).',
        },
        addItem: {
            en: 'Renamed from {previous}: the URL changes from {oldUrl} to {newUrl} and links to the old one break. Add {quoted} to `{key}:` ({plugin}).',
            ko: '{previous}에서 이름이 바뀌어 URL이 {oldUrl}에서 {newUrl}{으로} 달라지고 예전 링크가 깨집니다. `{key}:`에 {quoted}{을} 추가하세요({plugin}).',
        },
    },
    check(context, report) {
        const previous = context.previousPath;
        const redirect = context.engine.redirects;
        if (previous === undefined || previous === context.file || !redirect || !hasUsableFrontmatter(context))
            return;
        // A draft had no public URL to keep, and an unpublished post has none to move to.
        if (previous.split('/').includes('_drafts') || isUnpublished(context.frontmatter.data))
            return;
        const oldUrl = (0,permalink/* permalinkAt */.XC)(context, previous);
        const newUrl = (0,permalink/* permalinkAt */.XC)(context);
        if (oldUrl === undefined || newUrl === undefined || sameUrl(oldUrl, newUrl))
            return;
        const entry = findEntry(context, redirect.key);
        const listed = entry ? urlsOf(entry.value) : [];
        if (listed.some((url) => sameUrl(url, oldUrl)))
            return;
        const format = context.frontmatter.format;
        const quoted = format === 'toml' ? JSON.stringify(oldUrl) : yamlScalar(oldUrl);
        const data = { previous, oldUrl, newUrl, key: redirect.key, plugin: redirect.plugin, quoted };
        if (entry) {
            report({ messageId: 'addItem', data, position: frontmatterPosition() });
            return;
        }
        const edit = insertKeyEdit(context, redirect.key, oldUrl);
        report({ messageId: 'addKey', data, position: frontmatterPosition(), ...(edit ? { fix: { edits: [edit] } } : {}) });
    },
}));
function isUnpublished(data) {
    return data.draft === true || data.published === false;
}
function urlsOf(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** `/a/b/` and `/a/b`, `a/b` and `/a/b`, `%ED%95%9C` and `한` are the same address. */
function sameUrl(a, b) {
    return normalizeUrl(a) === normalizeUrl(b);
}
function normalizeUrl(url) {
    let decoded = url.trim();
    try {
        decoded = decodeURI(decoded);
    }
    catch {
        // keep it as written
    }
    return (0,scan/* trimEndChar */.WP)(('/' + decoded).replace(/\/{2,}/g, '/'), '/').normalize('NFC');
}
/** A plain YAML scalar when the URL is made of URL-safe characters, else a double-quoted one. */
function yamlScalar(url) {
    return /^\/[\p{L}\p{N}/._~%+-]*$/u.test(url) ? url : JSON.stringify(url);
}
/**
 * A new key with the old URL. YAML: a block list appended before the closing fence. TOML: an
 * array right after the opening fence (the end of the block may be inside a `[table]`).
 * JSON frontmatter gets no fix: the message says what to add.
 */
function insertKeyEdit(context, key, url) {
    const frontmatter = context.frontmatter;
    const eol = context.source.eol;
    if (frontmatter.format === 'yaml') {
        const at = frontmatter.contentRange[1];
        return { range: [at, at], text: `${key}:${eol}  - ${yamlScalar(url)}${eol}` };
    }
    if (frontmatter.format === 'toml') {
        const at = frontmatter.contentRange[0];
        return { range: [at, at], text: `${key} = [${JSON.stringify(url)}]${eol}` };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/site/site-urls.ts
var site_urls = __webpack_require__(1995);
// EXTERNAL MODULE: ./src/site/site-index.ts
var site_index = __webpack_require__(8329);
;// CONCATENATED MODULE: ./src/rules/permalink-collision.ts
// Two posts, one URL: the engine writes both to the same output file and the last one wins, so one
// post is silently missing from the site (Jekyll warns "Conflict: The following destination is
// shared by multiple files" and builds anyway; Hugo says nothing). The other post may be anywhere in
// the site, not only in this change: the URL index holds every post's URL (site/site-index.ts).
//
// What counts as the same URL is what the engine writes (site/site-urls.ts, checked with Jekyll
// 4.3.1 and Hugo 0.111.3): the same output file. Hugo lowercases paths, so `World.md` and `world.md`
// collide there; Jekyll keeps the case and a Linux server (GitHub Pages) serves both. NFC and NFD
// spellings of a Hangul name stay two files on both engines. No fix: which post should move is the
// author's call; the message says what to change.




/* harmony default export */ const permalink_collision = ((0,rule/* defineRule */.K)({
    id: 'permalink-collision',
    category: 'frontmatter',
    severity: 'error',
    fixable: false,
    options: {},
    postsOnly: false,
    docs: {
        en: 'No two posts get the same URL (the same `permalink:`, `slug:` or `url:`, the same file name under a `/posts/:title/` permalink, or on Hugo names that differ only in case): the engine writes both to one page and the last one wins. Checked against every post of the site, as Jekyll 4.3 and Hugo 0.111 build them; case-only and NFC/NFD differences are reported only where the engine really merges them (Hugo lowercases paths; Jekyll keeps case and Unicode form).',
        ko: '두 글이 같은 URL을 가지면 안 됩니다(같은 `permalink:`, `slug:`, `url:`, `/posts/:title/` 퍼머링크에서 같은 파일 이름, Hugo에서 대소문자만 다른 이름). 엔진이 두 글을 한 페이지에 쓰고 나중 글만 남습니다. 사이트의 모든 글과 비교하며, Jekyll 4.3과 Hugo 0.111이 실제로 빌드하는 대로 봅니다. 대소문자나 NFC/NFD만 다른 경우는 엔진이 실제로 합칠 때만(Hugo는 경로를 소문자로 바꿈, Jekyll은 대소문자와 유니코드 형태를 유지) 알립니다.',
    },
    messages: {
        collision: {
            en: 'This post and {other} (line {otherLine}) are both published at {url}: the engine writes one over the other and only one of them appears. Give one of them another {key}.',
            ko: '이 글과 {other}({otherLine}번 줄){이} 모두 {url}에 게시되어, 엔진이 한쪽을 다른 쪽으로 덮어쓰고 하나만 보입니다. 둘 중 하나에 다른 {key}{을} 지정하세요.',
        },
    },
    check(context, report) {
        const index = context.siteIndex;
        if (!index || (context.frontmatter && !hasUsableFrontmatter(context)))
            return;
        const data = context.frontmatter?.data ?? {};
        if (!(0,site_index/* isBuilt */.TQ)(context.engine, context.file, data))
            return;
        const own = (0,site_urls/* postUrlOf */.P3)(context);
        if (!own)
            return;
        const others = index.posts.filter((post) => post.output === own.output && post.file !== context.file);
        if (others.length === 0)
            return;
        const entry = (0,site_index/* urlEntry */.Gd)(context.engine, context.frontmatter?.entries ?? [], data);
        const position = entry ? keyPosition(entry) : frontmatterPosition();
        const key = context.engine.permalinks === 'hugo' ? '`slug:`' : '`permalink:`';
        for (const other of others) {
            report({ messageId: 'collision', data: { other: other.file, otherLine: other.line, url: own.url, key }, position });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/taxonomy-key.ts


const PLURAL = { tag: 'tags', category: 'categories', Tag: 'tags', Category: 'categories' };
/* harmony default export */ const taxonomy_key = ((0,rule/* defineRule */.K)({
    id: 'taxonomy-key',
    category: 'tags',
    severity: 'warning',
    fixable: true,
    options: {},
    docs: {
        en: 'Tags and categories use the keys the engine reads: Hugo files only `tags:` and `categories:` (its taxonomies) and drops `tag:`/`category:`. Off on Jekyll and Hexo, which read the singular keys too.',
        ko: '태그와 카테고리는 엔진이 읽는 키로 씁니다. Hugo는 `tags:`, `categories:`(택소노미)만 읽고 `tag:`/`category:`는 버립니다. 단수형 키도 읽는 Jekyll과 Hexo에서는 꺼져 있습니다.',
    },
    messages: {
        singular: { en: 'Use `{expected}:` instead of `{key}:`; the engine reads only `{expected}`, so this value is dropped.', ko: '`{key}:` 대신 `{expected}:`{을} 쓰세요. 엔진은 `{expected}`만 읽어서 이 값은 버려집니다.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        const schema = context.engine.schemaFor(context.file);
        for (const [key, expected] of Object.entries(PLURAL)) {
            // A key the site's content schema declares is the right one there, whatever its number.
            if (schema && (key in schema.schema.fields || !(expected in schema.schema.fields)))
                continue;
            const entry = findEntry(context, key);
            if (entry && !findEntry(context, expected))
                report({ messageId: 'singular', data: { key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/taxonomy-type.ts




// Not `keywords`: themes print it into `<meta name="keywords">`, where a comma string is the form.
const TAXONOMY_KEY_FORMS = ['tags', 'categories', 'tag', 'category'];
/* harmony default export */ const taxonomy_type = ((0,rule/* defineRule */.K)({
    id: 'taxonomy-type',
    category: 'tags',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Tags and categories are a list of words (`tags: [a, b]`). A comma string is one tag per word in Jekyll (commas kept), one single tag in Hugo; maps, nested lists and empty items are not tags.',
        ko: '태그와 카테고리는 단어 목록(`tags: [a, b]`)입니다. 쉼표 문자열은 Jekyll에서 공백 기준으로(쉼표 포함) 나뉘고 Hugo에서는 태그 하나가 됩니다. 맵, 중첩 목록, 빈 항목은 태그가 아닙니다.',
    },
    messages: {
        commaString: {
            en: '`{key}: {value}` is a string with commas: {engine} reads it as {reading}; write a list `[{list}]`.',
            ko: '`{key}: {value}` 값은 쉼표가 든 문자열이라 {engine}에서 {reading}{으로} 읽힙니다. 목록 `[{list}]`{으로} 쓰세요.',
        },
        wrongType: { en: '`{key}` must be a list of words, not {type}: write it as `{key}: [word, word]`.', ko: '`{key}` 값은 단어 목록이어야 하는데 {typeKo}입니다. `{key}: [단어, 단어]`처럼 쓰세요.' },
        badItem: { en: '`{key}` item {index} is {type}, but every item must be a word: replace it with a word or remove it.', ko: '`{key}`의 {index}번째 항목이 {typeKo}입니다. 모든 항목은 단어여야 하니 단어로 바꾸거나 지우세요.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        for (const entry of context.frontmatter.entries) {
            if (!TAXONOMY_KEY_FORMS.includes(entry.key))
                continue;
            const value = entry.value;
            const position = valuePosition(context, entry);
            if (value === null || value === undefined)
                continue; // empty-value reports it
            if (typeof value === 'string') {
                if (!value.includes(','))
                    continue;
                const list = (0,tags/* termsFromString */.Pr)(value, false);
                // Jekyll splits a plural key's string on spaces; a singular key's string is one term (checked).
                const splits = context.preset.taxonomyString === 'split-on-spaces' && (entry.key === 'tags' || entry.key === 'categories');
                const reading = splits ? value.split(/\s+/).filter(Boolean).map((part) => `"${part}"`).join(' ') : context.settings.lang === 'ko' ? `하나의 항목 "${value}"` : `one term "${value}"`;
                const plural = entry.key === 'tag' ? 'tags' : entry.key === 'category' ? 'categories' : entry.key;
                // The message names the list the fix writes (normalized: Chirpy's lowercase tags, aliases).
                const terms = normalizeTerms(list, termOptions(context, plural));
                const fix = listValueFix(context, entry, terms);
                report({ messageId: 'commaString', data: { key: entry.key, value, engine: engineLabel(context.engine.name), reading, list: terms.join(', ') }, position, ...(fix ? { fix } : {}) });
            }
            else if (Array.isArray(value)) {
                // An empty string in a list of words is tags-normalize's (it removes it, with a fix): one report per item.
                const normalizeRemoves = NORMALIZED_KEYS.includes(entry.key) && isOn(context.settings.severities['tags-normalize']) && value.every((item) => typeof item === 'string' || typeof item === 'number');
                value.forEach((item, index) => {
                    if (typeof item === 'string' ? item.trim() !== '' || normalizeRemoves : typeof item === 'number')
                        return;
                    report({ messageId: 'badItem', data: { key: entry.key, index: index + 1, type: describe(item), typeKo: describeKo(item) }, position });
                });
            }
            else if (typeof value !== 'number') {
                report({ messageId: 'wrongType', data: { key: entry.key, type: describe(value), typeKo: describeKo(value) }, position });
            }
        }
    },
}));
function isOn(severity) {
    return severity !== undefined && severity !== 'off';
}
function engineLabel(name) {
    return name === 'markdown' ? 'the site' : name[0].toUpperCase() + name.slice(1);
}
function describeKo(value) {
    if (value === null || value === undefined)
        return '빈 값';
    if (Array.isArray(value))
        return '목록';
    if (typeof value === 'object')
        return '맵';
    if (typeof value === 'string')
        return '빈 문자열';
    if (typeof value === 'boolean')
        return '참/거짓 값';
    return '값';
}
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string')
        return 'an empty string';
    return `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/site/vocabulary.ts
var site_vocabulary = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/i18n/index.ts + 1 modules
var i18n = __webpack_require__(2887);
;// CONCATENATED MODULE: ./src/rules/tags-vocabulary.ts






// No peer linter does this, and bloggers ask for it: a tag that nearly repeats one the blog
// already uses splits the tag page in two.
/* harmony default export */ const tags_vocabulary = ((0,rule/* defineRule */.K)({
    id: 'tags-vocabulary',
    category: 'tags',
    severity: 'warning',
    postsOnly: true,
    fixable: false,
    options: {},
    docs: {
        en: 'A new tag that nearly repeats one the blog already uses (differs by case, spaces, hyphens, a plural `s` or one letter: `kubernete` vs `kubernetes`) is named with the existing tag, so one topic keeps one tag page.',
        ko: '블로그에서 이미 쓰는 태그와 거의 같은 새 태그(대소문자, 공백, 하이픈, 복수형 `s`, 한 글자 차이: `kubernete`와 `kubernetes`)는 기존 태그를 알려 줍니다. 한 주제는 한 태그 페이지로 모입니다.',
    },
    messages: {
        near: { en: 'Tag `{tag}` is new to this blog, which already uses `{existing}` in {posts}; use that one.', ko: '`{tag}` 태그는 이 블로그에 처음 나옵니다. 이미 글 {posts}에서 쓰는 `{existing}` 태그를 쓰세요.' },
    },
    check(context, report) {
        const vocabulary = context.vocabulary;
        if (!vocabulary || !hasUsableFrontmatter(context))
            return;
        const entry = findEntry(context, 'tags') ?? findEntry(context, 'tag');
        if (!entry)
            return;
        const terms = (0,site_vocabulary/* tagsOf */.Fg)(context.frontmatter.data, termOptions(context, 'tags'), context.preset.taxonomyString === 'split-on-spaces');
        for (const tag of terms) {
            const match = (0,site_vocabulary/* nearDuplicate */.wV)(vocabulary, tag, context.file);
            // Where the engine files both spellings under one term page (Hugo), they do not split the topic.
            if (match && context.engine.mergesTermSpellings && (0,tags/* foldTerm */.YD)(match.tag) === (0,tags/* foldTerm */.YD)(tag))
                continue;
            if (match)
                report({ messageId: 'near', data: { tag, existing: match.tag, posts: (0,i18n/* count */.U9)(context.settings.lang, match.posts, 'post') }, position: valuePosition(context, entry) });
        }
    },
}));

// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var mdast_util_to_string_lib = __webpack_require__(1869);
;// CONCATENATED MODULE: ./src/rules/title-heading-duplicate.ts


// Chirpy, Minimal Mistakes and most Hugo themes render `title` as the page's H1 already.
/* harmony default export */ const title_heading_duplicate = ((0,rule/* defineRule */.K)({
    id: 'title-heading-duplicate',
    category: 'markdown',
    severity: 'warning',
    fixable: false,
    options: {},
    docs: {
        en: 'The body does not open with an H1 that repeats `title`: the theme already shows the title, so readers see it twice.',
        ko: '본문에 `title`과 같은 H1을 다시 쓰지 않습니다. 테마가 이미 제목을 보여 주므로 두 번 보입니다.',
    },
    messages: {
        duplicate: { en: 'This H1 repeats the post title "{title}"; the theme already shows it. Remove the heading.', ko: '이 H1은 글 제목("{title}")과 같습니다. 테마가 이미 제목을 보여 주니 지우세요.' },
    },
    check(context, report) {
        const title = context.frontmatter?.data.title;
        if (typeof title !== 'string' || title.trim() === '')
            return;
        const wanted = normalize(title);
        for (const node of context.tree.children) {
            if (node.type !== 'heading' || node.depth !== 1 || !node.position)
                continue;
            if (normalize((0,mdast_util_to_string_lib/* toString */.d)(node)) !== wanted)
                continue;
            const { start, end } = node.position;
            report({ messageId: 'duplicate', data: { title: title.trim() }, position: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column } });
        }
    },
}));
function normalize(text) {
    return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/rules/emphasis-unrendered.ts



/** Which emphasis rules the renderer follows; undefined where the linter does not know them. */
function flavourOf(renderer) {
    if (renderer === 'kramdown')
        return 'kramdown';
    if (renderer === 'goldmark' || renderer === 'remark' || renderer === 'markdown-it' || renderer === 'commonmark')
        return 'commonmark';
    // marked (before v5) counts only ASCII punctuation, and an unknown renderer may do anything.
    return undefined;
}
/** CommonMark 0.31 (micromark): Unicode whitespace, and punctuation including symbols. */
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const emphasis_unrendered_isSpace = (char) => char === '' || WHITESPACE.test(char);
const isPunct = (char) => char !== '' && PUNCTUATION.test(char);
/** One character (a whole code point) before `offset`, or '' at the start. */
function charBefore(text, offset) {
    if (offset <= 0)
        return '';
    const code = text.charCodeAt(offset - 1);
    return code >= 0xdc00 && code <= 0xdfff && offset >= 2 ? String.fromCharCode(text.charCodeAt(offset - 2), code) : String.fromCharCode(code);
}
function charAfter(text, offset) {
    if (offset >= text.length)
        return '';
    const code = text.charCodeAt(offset);
    if (code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length) {
        const low = text.charCodeAt(offset + 1);
        if (low >= 0xdc00 && low <= 0xdfff)
            return String.fromCharCode(code, low);
    }
    return String.fromCharCode(code);
}
/**
 * A string made of pieces (slices of the post, edit texts), read without joining them: joining the
 * whole post once per finding was quadratic in the number of findings.
 */
class Joined {
    pieces;
    length;
    constructor(pieces) {
        this.pieces = pieces;
        this.length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    }
    charCodeAt(index) {
        for (const piece of this.pieces) {
            if (index < piece.length)
                return piece.charCodeAt(index);
            index -= piece.length;
        }
        return NaN;
    }
}
/** The pieces of `text` from `from` to `to` with `edits` (sorted, inside that range) applied. */
function appliedPieces(text, from, to, edits) {
    const pieces = [];
    let at = from;
    for (const edit of edits) {
        pieces.push(text.slice(at, edit.range[0]), edit.text);
        at = edit.range[1];
    }
    pieces.push(text.slice(at, to));
    return pieces;
}
/** CommonMark's left-flanking and right-flanking tests, and what they let a run do. */
function commonmarkCan(char, before, after) {
    const left = !emphasis_unrendered_isSpace(after) && (!isPunct(after) || emphasis_unrendered_isSpace(before) || isPunct(before));
    const right = !emphasis_unrendered_isSpace(before) && (!isPunct(before) || emphasis_unrendered_isSpace(after) || isPunct(after));
    if (char === '*')
        return { open: left, close: right };
    return { open: left && (!right || isPunct(before)), close: right && (!left || isPunct(after)) };
}
/** kramdown's emphasis parser: no space on the inner side, and `_` not inside a word. */
function kramdownRenders(char, openBefore, openAfter, closeBefore, closeAfter) {
    if (emphasis_unrendered_isSpace(openAfter) || emphasis_unrendered_isSpace(closeBefore))
        return false;
    return char === '*' || (!LETTER.test(openBefore) && !ALNUM.test(closeAfter));
}
function renders(flavour, text, open, close) {
    const [ob, oa, cb, ca] = [charBefore(text, open.start), charAfter(text, open.end), charBefore(text, close.start), charAfter(text, close.end)];
    if (flavour === 'kramdown')
        return kramdownRenders(open.char, ob, oa, cb, ca);
    return commonmarkCan(open.char, ob, oa).open && commonmarkCan(close.char, cb, ca).close;
}
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'math', 'inlineMath', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
/** Emphasis cannot reach into or out of these: their delimiter runs pair only among themselves. */
const GROUPS = new Set(['paragraph', 'heading', 'tableCell', 'link', 'linkReference']);
/**
 * Delimiter runs left as text, grouped by the block (or link) they sit in, in source order. With
 * `rendered`, also the runs CommonMark turned into emphasis: kramdown pairs them its own way.
 */
function literalRuns(tree, text, rendered) {
    const groups = [];
    const visit = (node, group) => {
        if (SKIPPED.has(node.type))
            return;
        // An autolink (`<https://…>`, a bare `www.…`) is a URL, not prose.
        if (node.type === 'link' && node.position && text[node.position.start.offset] !== '[')
            return;
        if (node.type === 'text') {
            if (group && node.position)
                scanText(text, node.position.start.offset, node.position.end.offset, group);
            return;
        }
        if (!('children' in node))
            return;
        if (rendered && group && (node.type === 'emphasis' || node.type === 'strong') && node.position) {
            const length = node.type === 'strong' ? 2 : 1;
            const start = node.position.start.offset;
            const end = node.position.end.offset;
            const char = text[start] === '_' ? '_' : '*';
            group.push({ char, start, end: start + length, rendered: true });
            for (const child of node.children)
                visit(child, group);
            group.push({ char, start: end - length, end, rendered: true });
            return;
        }
        let inner = group;
        if (GROUPS.has(node.type))
            groups.push((inner = []));
        for (const child of node.children)
            visit(child, inner);
    };
    visit(tree, undefined);
    return groups.filter((group) => group.length > 1);
}
function scanText(text, start, end, into) {
    for (let at = start; at < end; at++) {
        const char = text[at];
        if (char !== '*' && char !== '_')
            continue;
        let stop = at + 1;
        while (stop < end && text[stop] === char)
            stop++;
        let from = at;
        let slashes = 0;
        while (from - slashes - 1 >= 0 && text[from - slashes - 1] === '\\')
            slashes++;
        if (slashes % 2 === 1)
            from++;
        if (from < stop)
            into.push({ char, start: from, end: stop, nodeStart: start, nodeEnd: end });
        at = stop - 1;
    }
}
// ---- where marks are in the post, found once ----
/** The last item < `limit`, or -1. */
function lastBefore(items, limit) {
    const index = (0,scan/* lowerBound */.yz)(items, limit);
    return index === 0 ? -1 : items[index - 1];
}
/** Whether an item lies in [from, to). */
function anyIn(items, from, to) {
    return to > from && (0,scan/* lowerBound */.yz)(items, from) < (0,scan/* lowerBound */.yz)(items, to);
}
/**
 * The offsets of the marks `ignorable` looks for (line breaks, white space, `$`, `\\(`, `{{`, …), each
 * list found once per post, so each run is judged by binary searches instead of rescanning its line
 * (a line of 20,000 runs was quadratic; regexes like `/\S*$/` on the line were too).
 */
class Marks {
    text;
    found = new Map();
    constructor(text) {
        this.text = text;
    }
    /** Where `mark` starts (overlapping occurrences included); `' '` stands for any white space. */
    of(mark) {
        let items = this.found.get(mark);
        if (items)
            return items;
        items = [];
        const text = this.text;
        if (mark === ' ') {
            for (let at = 0; at < text.length; at++)
                if ((0,scan/* isJsSpace */.QZ)(text.charCodeAt(at)))
                    items.push(at);
        }
        else {
            for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1))
                items.push(at);
        }
        this.found.set(mark, items);
        return items;
    }
    /** Whether `mark` lies wholly inside [from, to). */
    within(mark, from, to) {
        return anyIn(this.of(mark), from, to - mark.length + 1);
    }
    /** The start of the last `mark` wholly before `end`, or -1. */
    lastBefore(mark, end) {
        return lastBefore(this.of(mark), end - mark.length + 1);
    }
}
/** Runs that are no emphasis whatever the renderer does: identifiers, paths, URLs, math, template tags. */
function ignorable(text, run, marks) {
    if (run.end - run.start > 3)
        return true;
    const before = charBefore(text, run.start);
    const after = charAfter(text, run.end);
    if (run.char === '_' && ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after))
        return true;
    if (before === '/' || after === '/' || (after === '.' && ASCII_ALNUM.test(charAfter(text, run.end + 1))))
        return true;
    // The run's line, inside its text node: `head` is [lineStart, run.start), `tail` [run.end, lineEnd).
    const lineStart = Math.max(marks.lastBefore('\n', run.start) + 1, run.nodeStart ?? 0);
    const newline = (0,scan/* lowerBound */.yz)(marks.of('\n'), run.end);
    const lineEnd = Math.min(marks.of('\n')[newline] ?? text.length, run.nodeEnd ?? text.length);
    // The word around the run (the run left out): a URL or a file path is no place for emphasis.
    const wordStart = Math.max(marks.lastBefore(' ', run.start) + 1, lineStart);
    const wordEnd = Math.min(marks.of(' ')[(0,scan/* lowerBound */.yz)(marks.of(' '), run.end)] ?? text.length, lineEnd);
    const inWord = (mark) => marks.within(mark, wordStart, run.start) || marks.within(mark, run.end, wordEnd);
    // A mark across the gap the run leaves (`http:**//`), and how the word starts.
    const seam = text.slice(Math.max(wordStart, run.start - 2), run.start) + text.slice(run.end, Math.min(wordEnd, run.end + 2));
    const opening = (text.slice(wordStart, Math.min(run.start, wordStart + 4)) + text.slice(run.end, Math.min(wordEnd, run.end + 4))).slice(0, 4);
    if (inWord('://') || seam.includes('://') || opening.startsWith('www.') || opening.startsWith('<') || inWord('@'))
        return true;
    if (run.char === '_' && inWord('/'))
        return true;
    // Between `$` signs on its line (math the page's MathJax/KaTeX reads as text), or inside a
    // template tag (`{{ … }}`, `{% … %}`).
    const dollars = marks.of('$');
    if (((0,scan/* lowerBound */.yz)(dollars, run.start) - (0,scan/* lowerBound */.yz)(dollars, lineStart)) % 2 === 1 && marks.within('$', run.end, lineEnd))
        return true;
    const mathOpen = marks.lastBefore('\\(', run.start);
    if (mathOpen >= lineStart && marks.lastBefore('\\)', run.start) < mathOpen && marks.within('\\)', run.end, lineEnd))
        return true;
    const opened = Math.max(marks.lastBefore('{{', run.start), marks.lastBefore('{%', run.start));
    if (opened >= lineStart && Math.max(marks.lastBefore('}}', run.start), marks.lastBefore('%}', run.start)) < opened && (marks.within('}}', run.end, lineEnd) || marks.within('%}', run.end, lineEnd)))
        return true;
    return false;
}
/** The literal emphasis pairs of a post, as its renderer leaves them. */
function findLiteralEmphasis(tree, text, flavour) {
    const found = [];
    const marks = new Marks(text);
    for (const group of literalRuns(tree, text, flavour === 'kramdown')) {
        const openers = new Openers(text, group[0].start);
        for (const run of group) {
            if (!run.rendered && ignorable(text, run, marks))
                continue;
            const before = charBefore(text, run.start);
            const after = charAfter(text, run.end);
            const length = run.end - run.start;
            const open = openers.match(run);
            // A closer does not follow an opening bracket (`(__記事)` is a placeholder), and one that looks
            // like an opener (` *따뜻`: a linguist's mark) closes only as `**`/`__` (`**a few seconds **to`).
            // A space on both inner sides is arithmetic or a list of symbols (`a * b * c`), not emphasis.
            const closes = !OPENING.test(before) && (!emphasis_unrendered_isSpace(before) || length >= 2);
            if (open && closes && !(emphasis_unrendered_isSpace(charAfter(text, open.run.end)) && emphasis_unrendered_isSpace(before))) {
                openers.cut(open);
                if (flavour === 'kramdown' && renders('kramdown', text, open.run, run))
                    continue;
                found.push({ open: open.run, close: run });
                continue;
            }
            // An opener is followed by its text (`**x`) or stands alone (` ** x`); `x** y` only closes.
            // An `_` after a letter is part of a word (`변수_이름`), not an opener.
            if (emphasis_unrendered_isSpace(after) && !emphasis_unrendered_isSpace(before))
                continue;
            if (run.char === '_' && ALNUM.test(before))
                continue;
            openers.push(run);
        }
    }
    return found;
}
const OPENING = /[\p{Ps}\p{Pi}]/u;
/**
 * The open delimiter runs of one group (in source order), and what a closer pairs with: the last
 * opener of its kind (same character and length) that both CommonMark rendered, or with words
 * between them and the brackets between them balanced (code in prose, `*itab)(alloc(x)*p`, is not
 * emphasis). The group's text is read once, left to right, keeping the bracket balance and the last
 * letter or digit, so a closer finds its opener by lookups: walking back over every opener and
 * slicing the text between was cubic on a paragraph of openers that never close.
 */
class Openers {
    text;
    byKind = new Map();
    byBalance = new Map();
    renderedByKind = new Map();
    nextId = 0;
    at;
    balance = [0, 0, 0];
    lastWord = -1;
    constructor(text, start) {
        this.text = text;
        this.at = start;
    }
    /** Reads the text up to `to` (a run's start or end: never inside a surrogate pair). */
    read(to) {
        const text = this.text;
        while (this.at < to) {
            const code = text.codePointAt(this.at);
            if (code === 40)
                this.balance[0]++;
            else if (code === 41)
                this.balance[0]--;
            else if (code === 91)
                this.balance[1]++;
            else if (code === 93)
                this.balance[1]--;
            else if (code === 123)
                this.balance[2]++;
            else if (code === 125)
                this.balance[2]--;
            else if (isWordCode(code))
                this.lastWord = this.at;
            this.at += code > 0xffff ? 2 : 1;
        }
    }
    key(run) {
        return run.char + (run.end - run.start);
    }
    /** The opener `run` closes, if any (see the class comment). */
    match(run) {
        this.read(run.start);
        const kind = this.key(run);
        let best = run.rendered ? this.renderedByKind.get(kind)?.at(-1) : undefined;
        const balanced = this.byBalance.get(`${kind}|${this.balance.join(',')}`);
        if (balanced) {
            // A letter or digit between the two: the openers that end at or before the last one read.
            let low = 0;
            let high = balanced.length;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (balanced[mid].run.end <= this.lastWord)
                    low = mid + 1;
                else
                    high = mid;
            }
            const candidate = balanced[low - 1];
            if (candidate && (!best || candidate.id > best.id))
                best = candidate;
        }
        return best;
    }
    push(run) {
        this.read(run.end);
        const kind = this.key(run);
        const opener = { run, id: this.nextId++, balanceKey: `${kind}|${this.balance.join(',')}` };
        append(this.byKind, kind, opener);
        append(this.byBalance, opener.balanceKey, opener);
        if (run.rendered)
            append(this.renderedByKind, kind, opener);
    }
    /** Drops `opener` and every opener pushed after it (emphasis does not cross a pair). */
    cut(opener) {
        for (const [kind, list] of this.byKind) {
            while (list.length > 0 && list[list.length - 1].id >= opener.id) {
                // The last of its kind is the last of its balance and of the rendered ones too.
                const gone = list.pop();
                this.byBalance.get(gone.balanceKey).pop();
                if (gone.run.rendered)
                    this.renderedByKind.get(kind).pop();
            }
        }
    }
}
function append(map, key, item) {
    const list = map.get(key);
    if (list)
        list.push(item);
    else
        map.set(key, [item]);
}
/** A letter or a digit (`[\p{L}\p{N}]`), by code point. */
function isWordCode(code) {
    if (code < 128)
        return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return ALNUM.test(String.fromCodePoint(code));
}
const TAGS = { 1: ['<em>', '</em>'], 2: ['<strong>', '</strong>'], 3: ['<em><strong>', '</strong></em>'] };
/**
 * What makes the renderer render the pair, keeping the words: spaces on the inner side moved
 * outside; else HTML tags where the renderer passes HTML; else the delimiters moved inside the
 * punctuation that blocks them (suggested, not applied: the punctuation leaves the emphasis).
 */
function remedyFor(text, pair, flavour, rawHtml) {
    const { open, close } = pair;
    const openDelim = text.slice(open.start, open.end);
    const closeDelim = text.slice(close.start, close.end);
    const leading = /^[^\S\r\n]*/.exec(text.slice(open.end, close.start))[0].length;
    // (The trailing ones by a loop: `/[^\S\r\n]*$/` retried every start of a long run of spaces.)
    let trailing = 0;
    for (let at = close.start; at > open.end && emphasis_unrendered_isBlank(text.charCodeAt(at - 1)); at--)
        trailing++;
    if (leading > 0 || trailing > 0) {
        const edits = [];
        if (leading > 0)
            edits.push({ range: [open.start, open.end + leading], text: text.slice(open.end, open.end + leading) + openDelim });
        if (trailing > 0)
            edits.push({ range: [close.start - trailing, close.end], text: closeDelim + text.slice(close.start - trailing, close.start) });
        if (rendersAfter(text, edits, pair, flavour))
            return { kind: 'space', edits };
    }
    // `_` inside a word: `*` of the same length renders where `_` does not (`_conversion flag_와`).
    if (open.char === '_' && leading === 0 && trailing === 0) {
        const stars = '*'.repeat(openDelim.length);
        const starred = new Joined([text.slice(0, open.start), stars, text.slice(open.end, close.start), stars, text.slice(close.end)]);
        if (renders(flavour, starred, { ...open, char: '*' }, { ...close, char: '*' }))
            return { kind: 'star', edits: [{ range: [open.start, open.end], text: stars }, { range: [close.start, close.end], text: stars }] };
    }
    const tags = TAGS[openDelim.length];
    if (rawHtml && tags && leading === 0 && trailing === 0) {
        return { kind: 'html', edits: [{ range: [open.start, open.end], text: tags[0] }, { range: [close.start, close.end], text: tags[1] }] };
    }
    // Move the delimiters past the punctuation that stops them (`**“무엇”**를` -> `“**무엇**”를`).
    const inner = text.slice(open.end, close.start);
    const lead = /^\p{P}*/u.exec(inner)[0].length;
    const trail = punctuationBefore(inner, inner.length);
    if (lead + trail < inner.length) {
        const edits = [];
        if (lead > 0)
            edits.push({ range: [open.start, open.end + lead], text: inner.slice(0, lead) + openDelim });
        if (trail > 0)
            edits.push({ range: [close.start - trail, close.end], text: closeDelim + inner.slice(inner.length - trail) });
        if (edits.length > 0 && rendersAfter(text, edits, pair, flavour))
            return { kind: 'move', edits };
    }
    return { kind: 'none', edits: [] };
}
/** White space other than a line break (`[^\S\r\n]`). */
function emphasis_unrendered_isBlank(code) {
    return code !== 10 && code !== 13 && (0,scan/* isJsSpace */.QZ)(code);
}
const PUNCTUATION_ONLY = /^\p{P}$/u;
/** How many code units of punctuation (`\p{P}`) end `text` before `end`: `/\p{P}*$/u`, by a loop. */
function punctuationBefore(text, end) {
    let at = end;
    while (at > 0) {
        const char = charBefore(text, at);
        if (!PUNCTUATION_ONLY.test(char))
            break;
        at -= char.length;
    }
    return end - at;
}
/** `text.slice(from, to).indexOf(delim)` (direction 1) or `.lastIndexOf(delim)` (-1), read in place. */
function find(text, delim, from, to, direction) {
    const last = to - delim.length;
    for (let at = direction === 1 ? from : last; direction === 1 ? at <= last : at >= from; at += direction) {
        let hit = true;
        for (let index = 0; index < delim.length && hit; index++)
            hit = text.charCodeAt(at + index) === delim.charCodeAt(index);
        if (hit)
            return at - from;
    }
    return -1;
}
/** Whether the pair renders once `edits` (which move its delimiters) are applied. */
function rendersAfter(text, edits, pair, flavour) {
    const from = pair.open.start;
    const to = pair.close.end;
    const changed = appliedPieces(text, from, to, edits);
    const changedEnd = from + changed.reduce((sum, piece) => sum + piece.length, 0);
    const whole = new Joined([text.slice(0, from), ...changed, text.slice(to)]);
    const length = pair.open.end - pair.open.start;
    const delim = pair.open.char.repeat(length);
    // Both are found within a few characters of the pair's ends: each end is a delimiter or an edit ending in one.
    const openStart = from + find(whole, delim, from, changedEnd, 1);
    const closeStart = from + find(whole, delim, from, changedEnd, -1);
    if (openStart === closeStart)
        return false;
    return renders(flavour, whole, { char: pair.open.char, start: openStart, end: openStart + length }, { char: pair.open.char, start: closeStart, end: closeStart + length });
}
/**
 * Up to `limit` code units of `text` with each run of white space as one space (`/\s+/g` -> ' '),
 * from the start (direction 1) or the end (-1).
 */
function collapsed(text, limit, direction) {
    const units = [];
    let space = false;
    for (let at = direction === 1 ? 0 : text.length - 1; at >= 0 && at < text.length && units.length < limit; at += direction) {
        const code = text.charCodeAt(at);
        if (!(0,scan/* isJsSpace */.QZ)(code))
            units.push(code);
        else if (!space)
            units.push(32);
        space = (0,scan/* isJsSpace */.QZ)(code);
    }
    if (direction === -1)
        units.reverse();
    return String.fromCharCode(...units);
}
/**
 * The pair with one character of context after it (the particle that stops it), white space
 * collapsed, shortened when long. Only its two ends are read: a pair around many others (each
 * read in full) was quadratic.
 */
function snippet(text, from, to, edits = []) {
    const end = Math.min(text.length, to + charAfter(text, to).length);
    const shown = new Joined(appliedPieces(text, from, end, edits));
    const head = collapsed(shown, 81, 1);
    return head.length > 80 ? `${head.slice(0, 38)}…${collapsed(shown, 38, -1)}` : head;
}
/* harmony default export */ const emphasis_unrendered = ((0,rule/* defineRule */.K)({
    id: 'emphasis-unrendered',
    category: 'markdown',
    options: {},
    severity: 'warning',
    fixable: true,
    docs: {
        en: "Bold and italic text renders as bold and italic with the blog's own renderer. CommonMark renderers (Hugo, Astro, markdown-it, GitHub) print `**계약(Contract)**이다` and `**“무엇”**를` with their asterisks: a closing `**` after punctuation must be followed by a space or punctuation. kramdown (Jekyll) renders those but not `** x**` (a space inside). The fix moves a space outside, turns an `_` inside a word into `*`, or writes `<strong>` where the renderer publishes HTML (Hugo only with `markup.goldmark.renderer.unsafe`; otherwise the message says how to reword). Not checked where the renderer is marked or unknown.",
        ko: '굵은 글씨와 기울임이 블로그의 렌더러에서 실제로 적용되는지 봅니다. CommonMark 렌더러(Hugo, Astro, markdown-it, GitHub)는 `**계약(Contract)**이다`, `**“무엇”**를`의 별표를 그대로 찍습니다. 문장 부호 뒤에 오는 닫는 `**` 다음에는 공백이나 문장 부호가 와야 하기 때문입니다. kramdown(Jekyll)은 이런 경우는 괜찮지만 `** x**`(안쪽 공백)는 그대로 찍습니다. 자동 수정은 공백을 바깥으로 옮기거나, 단어 안의 `_`를 `*`로 바꾸거나, 렌더러가 HTML을 통과시키면 `<strong>`으로 바꿉니다(Hugo는 `markup.goldmark.renderer.unsafe`일 때만, 아니면 메시지가 고쳐 쓰는 법을 알려 줌). 렌더러가 marked이거나 알 수 없으면 검사하지 않습니다.',
    },
    messages: {
        space: {
            en: '`{text}` is published with its `{delimiter}` showing: emphasis cannot start or end with a space. Write `{fixed}`.',
            ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. 강조는 공백으로 시작하거나 끝날 수 없습니다. `{fixed}`처럼 쓰세요.',
        },
        punctuationHtml: {
            en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not end emphasis between punctuation and a letter. Write `{fixed}`.',
            ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 문장 부호와 글자 사이에서 강조를 끝내지 않습니다. `{fixed}`처럼 쓰세요.',
        },
        punctuationMove: {
            en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not end emphasis between punctuation and a letter, and this site drops raw HTML. Write `{fixed}` (the punctuation outside the emphasis), or put a space after the closing `{delimiter}`.',
            ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 문장 부호와 글자 사이에서 강조를 끝내지 않고, 이 사이트는 HTML을 지웁니다. 문장 부호를 강조 밖으로 빼서 `{fixed}`처럼 쓰거나, 닫는 `{delimiter}` 뒤에 공백을 넣으세요.',
        },
        punctuation: {
            en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not end emphasis between punctuation and a letter. Put a space after the closing `{delimiter}` or rephrase.',
            ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 문장 부호와 글자 사이에서 강조를 끝내지 않습니다. 닫는 `{delimiter}` 뒤에 공백을 넣거나 문장을 바꾸세요.',
        },
        underscoreHtml: {
            en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not start or end `_` emphasis inside a word. Write `{fixed}`.',
            ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 단어 안에서 `_` 강조를 시작하거나 끝내지 않습니다. `{fixed}`처럼 쓰세요.',
        },
        underscore: {
            en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not start or end `_` emphasis inside a word. Write `{fixed}`.',
            ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 단어 안에서 `_` 강조를 시작하거나 끝내지 않습니다. `{fixed}`처럼 쓰세요.',
        },
    },
    check(context, report) {
        const flavour = flavourOf(context.engine.renderer);
        if (!flavour)
            return;
        const text = context.source.text;
        for (const pair of findLiteralEmphasis(context.tree, text, flavour)) {
            const remedy = remedyFor(text, pair, flavour, context.engine.rawHtml);
            const start = (0,post_source/* positionAt */.t$)(context.source, pair.open.start);
            const end = (0,post_source/* positionAt */.t$)(context.source, pair.close.end);
            const data = {
                text: snippet(text, pair.open.start, pair.close.end),
                fixed: snippet(text, pair.open.start, pair.close.end, remedy.edits),
                delimiter: text.slice(pair.open.start, pair.open.end),
                renderer: context.engine.renderer,
            };
            const fixable = remedy.kind === 'space' || remedy.kind === 'star' || remedy.kind === 'html';
            const underscore = pair.open.char === '_' && (ALNUM.test(charBefore(text, pair.open.start)) || ALNUM.test(charAfter(text, pair.close.end)));
            const messageId = remedy.kind === 'space' ? 'space' : remedy.kind === 'star' ? 'underscore' : underscore && remedy.kind === 'html' ? 'underscoreHtml' : remedy.kind === 'html' ? 'punctuationHtml' : remedy.kind === 'move' ? 'punctuationMove' : 'punctuation';
            report({ messageId, data, position: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, ...(fixable ? { fix: { edits: remedy.edits } } : {}) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/engines/templates.ts
// Tags on a line of their own, as engines' docs write them. Each pattern is anchored and has no
// nested quantifiers, so a line is matched in linear time.
const LIQUID_PAIRS = [
    { open: /^[ \t]*\{%-?[ \t]*highlight\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/ },
    { open: /^[ \t]*\{%-?[ \t]*comment[ \t]*-?%\}[ \t]*$/, close: /^[ \t]*\{%-?[ \t]*endcomment[ \t]*-?%\}[ \t]*$/ },
];
const NUNJUCKS_PAIRS = [
    { open: /^[ \t]*\{%[ \t]*(?:codeblock|code)\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%[ \t]*end(?:codeblock|code)[ \t]*%\}[ \t]*$/ },
    { open: /^[ \t]*\{%[ \t]*highlight\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%[ \t]*endhighlight[ \t]*%\}[ \t]*$/ },
];
const HUGO_PAIRS = [
    { open: /^[ \t]*\{\{[<%][ \t]*highlight\b[^\n]*[>%]\}\}[ \t]*$/, close: /^[ \t]*\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}[ \t]*$/ },
];
/** `{{< name … >}}` … `{{< /name >}}` on lines of their own, for the site's code shortcodes (names are `[\w-]+`). */
function shortcodePairs(names) {
    return names
        .filter((name) => /^[\w-]+$/.test(name))
        .map((name) => ({ open: new RegExp(`^[ \\t]*\\{\\{<[ \\t]*${name}(?=[ \\t>])[^\\n]*>\\}\\}[ \\t]*$`), close: new RegExp(`^[ \\t]*\\{\\{<[ \\t]*\\/[ \\t]*${name}[ \\t]*>\\}\\}[ \\t]*$`) }));
}
const KRAMDOWN_ATTRIBUTE_LINE = /^[ \t]{0,3}\{:[^\n{}]*\}[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const QUOTED_MATH = /^([ \t]*(?:>[ \t]?)+)\$\$/;
const TOC_MARKER = /^[ \t]{0,3}\{:[ \t]*\.?toc[ \t]*\}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]/;
function maskTemplates(text, bodyStart, engine) {
    const hugoPairs = new Set(engine.templates.includes('hugo-shortcodes') ? [...HUGO_PAIRS, ...shortcodePairs(engine.codeShortcodes ?? [])] : []);
    const pairs = [
        ...(engine.templates.includes('liquid') ? LIQUID_PAIRS : []),
        ...(engine.templates.includes('nunjucks') ? NUNJUCKS_PAIRS : []),
        ...hugoPairs,
    ];
    const result = { text, syntheticCode: new Set(), codeLines: [] };
    if (pairs.length === 0 && !engine.kramdownAttributes && engine.math === 'none')
        return result;
    if (!mayHaveTemplates(text, bodyStart) && (engine.math === 'none' || text.indexOf('$', bodyStart) === -1))
        return result;
    const lines = splitLines(text);
    const firstBodyLine = lines.findIndex((line) => line.end >= bodyStart);
    const edits = [];
    let fence;
    // An opening tag with no closing tag after it: no later opening of that pair has one either
    // (without this, a post of unclosed tags searched to its end from every line: quadratic).
    const unclosed = new Set();
    // Math lookahead (at most MATH_WINDOW lines), shared by the lines that start inside one window.
    const stops = mathStops(text, lines);
    for (let index = Math.max(0, firstBodyLine); index < lines.length; index++) {
        const line = lines[index];
        const content = text.slice(line.start, line.end);
        // The author's own fences hold code already: tags shown inside them stay as written.
        const fenceMatch = FENCE.exec(content);
        if (fence !== undefined) {
            if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && content.slice(fenceMatch[0].length).trim() === '')
                fence = undefined;
            continue;
        }
        if (fenceMatch) {
            fence = fenceMatch[1];
            continue;
        }
        if (engine.kramdownAttributes && KRAMDOWN_ATTRIBUTE_LINE.test(content)) {
            edits.push({ start: line.start, end: line.end, text: ' '.repeat(line.end - line.start) });
            // `* Contents` + `{:toc}`: kramdown replaces that one-item list with the table of contents.
            const previous = lines[index - 1];
            if (previous && TOC_MARKER.test(content) && LIST_ITEM.test(text.slice(previous.start, previous.end)) && edits.at(-2)?.start !== previous.start) {
                edits.splice(edits.length - 1, 0, { start: previous.start, end: previous.end, text: ' '.repeat(previous.end - previous.start) });
            }
            continue;
        }
        if (engine.math !== 'none') {
            // Display math inside a block quote (`> $$` … `> $$`): keep the `>` markers, blank the LaTeX.
            const quoted = QUOTED_MATH.exec(content);
            if (quoted) {
                const prefix = quoted[1];
                let last = index;
                if (!(content.trimEnd().length > prefix.length + 4 && content.trimEnd().endsWith('$$'))) {
                    // The first later line that ends the quote or ends with `$$` (within MATH_WINDOW lines).
                    const next = stops.quoted(index + 1);
                    if (next <= index + MATH_WINDOW && next < lines.length && stops.endsMath(next) && stops.quotedLine(next))
                        last = next;
                }
                if (last > index || content.trimEnd().endsWith('$$')) {
                    for (let at = index; at <= last; at++) {
                        const inside = text.slice(lines[at].start, lines[at].end);
                        const keep = /^[ \t]*(?:>[ \t]?)+/.exec(inside)?.[0] ?? '';
                        edits.push({ start: lines[at].start + keep.length, end: lines[at].end, text: ' '.repeat(inside.length - keep.length) });
                    }
                    result.codeLines.push([index + 1, last + 1]);
                    index = last;
                    continue;
                }
            }
            const mathEnd = mathBlockEnd(text, lines, index, stops);
            if (mathEnd !== undefined) {
                const inner = lines.slice(index + 1, mathEnd).map((inside) => text.slice(inside.start, inside.end));
                const marker = fenceFor(inner, 3);
                const tooShort = (at) => at.end - at.start < indentOf(text.slice(at.start, at.end)).length + marker.length;
                if (mathEnd === index) {
                    edits.push(blankLine(text, line));
                }
                else if (tooShort(line) || tooShort(lines[mathEnd])) {
                    // A bare `$$` line has no room for a fence: blank the block instead (lengths must not change).
                    for (let at = index; at <= mathEnd; at++)
                        edits.push(blankLine(text, lines[at]));
                }
                else {
                    edits.push(asFence(text, line, marker), asFence(text, lines[mathEnd], marker));
                    result.syntheticCode.add(line.start + indentOf(content).length);
                }
                result.codeLines.push([index + 1, mathEnd + 1]);
                index = mathEnd;
                continue;
            }
            const inline = maskInlineMath(content, engine.math);
            if (inline !== content)
                edits.push({ start: line.start, end: line.end, text: inline });
        }
        const pair = pairs.find((candidate) => candidate.open.test(content));
        if (!pair || unclosed.has(pair))
            continue;
        let closeIndex = -1;
        for (let next = index + 1; next < lines.length; next++) {
            if (pair.close.test(text.slice(lines[next].start, lines[next].end))) {
                closeIndex = next;
                break;
            }
        }
        if (closeIndex === -1) {
            unclosed.add(pair);
            continue;
        }
        const inner = lines.slice(index + 1, closeIndex).map((inside) => text.slice(inside.start, inside.end));
        const closing = lines[closeIndex];
        const closingText = text.slice(closing.start, closing.end);
        const marker = fenceFor(inner, Math.min(content.trimStart().length, closingText.trimStart().length));
        if (hugoPairs.has(pair) && indentOf(content).length > indentOf(closingText).length) {
            // A Hugo pair opened in a list item and closed further left: Hugo puts one placeholder where
            // the pair was, and the list goes on after it. A fence closed at the closing tag would end the
            // list item there; a fence left open ends with the item, at the first line that leaves it.
            edits.push(asFence(text, line, marker));
            for (let at = index + 1; at <= closeIndex; at++)
                edits.push(blankLine(text, lines[at]));
        }
        else {
            edits.push(asFence(text, line, marker), asFence(text, closing, marker));
        }
        result.syntheticCode.add(line.start + indentOf(content).length);
        result.codeLines.push([index + 1, closeIndex + 1]);
        index = closeIndex;
    }
    if (edits.length === 0)
        return result;
    let masked = '';
    let at = 0;
    for (const edit of edits) {
        masked += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    result.text = masked + text.slice(at);
    return result;
}
/**
 * The last line of a display-math block that starts at `index` (a line starting with `$$`), or
 * undefined. A block on one line (`$$ x^2 $$`) ends where it starts.
 */
function mathBlockEnd(text, lines, index, stops) {
    const first = text.slice(lines[index].start, lines[index].end).trim();
    if (!first.startsWith('$$'))
        return undefined;
    if (first.length > 4 && first.endsWith('$$'))
        return index;
    // The first later line that is blank or ends with `$$`, within MATH_WINDOW lines.
    const next = stops.plain(index + 1);
    if (next > index + MATH_WINDOW || next >= lines.length || !stops.endsMath(next))
        return undefined;
    return next;
}
/** How far display math may run before it is taken as not math at all. */
const MATH_WINDOW = 500;
/**
 * Next-stop tables for the math lookahead, filled from the end on first use: each line is looked
 * at once, where scanning up to 500 lines from every `$$` line made a post of `$$` lines 500 times
 * slower than its length.
 */
function mathStops(text, lines) {
    let plain;
    let quoted;
    const content = (index) => text.slice(lines[index].start, lines[index].end);
    const endsMath = (index) => content(index).trimEnd().endsWith('$$');
    const blank = (index) => content(index).trim() === '';
    const quotedLine = (index) => content(index).trimStart().startsWith('>');
    const table = (stop) => {
        const next = new Int32Array(lines.length + 1);
        next[lines.length] = lines.length;
        for (let index = lines.length - 1; index >= 0; index--)
            next[index] = stop(index) ? index : next[index + 1];
        return next;
    };
    return {
        plain(from) {
            plain ??= table((index) => blank(index) || endsMath(index));
            return from >= lines.length ? lines.length : plain[from];
        },
        quoted(from) {
            quoted ??= table((index) => blank(index) || !quotedLine(index) || endsMath(index));
            return from >= lines.length ? lines.length : quoted[from];
        },
        endsMath,
        quotedLine,
    };
}
function blankLine(text, line) {
    return { start: line.start, end: line.end, text: ' '.repeat(line.end - line.start) };
}
/**
 * Inline math as inline code of the same length: `$$x_1$$` becomes ``` ``x_1`` ```, and with
 * remark-math `$x_1$` becomes `` `x_1` ``. Lines with backticks are left alone (code spans decide).
 */
function maskInlineMath(line, math) {
    if (!line.includes('$') || line.includes('`'))
        return line;
    let result = line.replace(/\$\$([^$\n]+)\$\$/g, (_whole, inner) => '``' + inner + '``');
    if (math === 'dollars')
        result = result.replace(/\$([^$\s][^$\n]*?)\$/g, (whole, inner) => (/\s$/.test(inner) ? whole : '`' + inner + '`'));
    return result;
}
function mayHaveTemplates(text, from) {
    return text.indexOf('{%', from) !== -1 || text.indexOf('{{', from) !== -1 || text.indexOf('{:', from) !== -1;
}
function splitLines(text) {
    const lines = [];
    let start = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const stop = newline === -1 ? text.length : newline;
        lines.push({ start, end: text[stop - 1] === '\r' ? stop - 1 : stop });
        if (newline === -1)
            break;
        start = newline + 1;
    }
    return lines;
}
function indentOf(line) {
    return /^[ \t]*/.exec(line)[0];
}
/** A fence no inner line can close: backticks unless the code has backtick fences, longer when needed. */
function fenceFor(inner, room) {
    // A loop, not Math.max(...lines): spreading 100,000 lines overflows the stack.
    const longest = (char) => {
        let most = 0;
        for (const line of inner) {
            let at = 0;
            while (line[at] === ' ' || line[at] === '\t')
                at++;
            let run = 0;
            while (line[at + run] === char)
                run++;
            if (run > most)
                most = run;
        }
        return most;
    };
    const backticks = longest('`');
    if (backticks < 3)
        return '```';
    const tildes = longest('~');
    if (tildes < 3)
        return '~~~';
    return '`'.repeat(Math.min(room, backticks + 1));
}
/** The tag line rewritten as a fence: indentation kept, the rest padded with spaces to the same length. */
function asFence(text, line, marker) {
    const content = text.slice(line.start, line.end);
    const indent = indentOf(content).replace(/\t/g, ' ');
    const fence = indent + marker;
    return { start: line.start, end: line.end, text: fence + ' '.repeat(Math.max(0, content.length - fence.length)) };
}

;// CONCATENATED MODULE: ./src/rule-api/template-code.ts



// ---------------------------------------------------------------------------------------------
// Liquid, as Liquid 5 tokenizes and (strictly) parses it
const TAG = /^\{%-?(\s*)(\w+)\s*([^]*?)-?%\}$/;
const OUTPUT = /^\{\{-?([^]*?)-?\}\}$/;
/** Tags Liquid 5.4 and Jekyll 4.3 define, block parts included, and those of common plugins. */
const KNOWN_TAGS = new Set([
    'assign', 'break', 'capture', 'endcapture', 'case', 'when', 'endcase', 'comment', 'endcomment', 'continue', 'cycle', 'decrement', 'echo',
    'for', 'endfor', 'else', 'elsif', 'if', 'endif', 'ifchanged', 'endifchanged', 'include', 'increment', 'liquid', 'raw', 'endraw', 'render',
    'tablerow', 'endtablerow', 'unless', 'endunless',
    'highlight', 'endhighlight', 'include_relative', 'link', 'post_url',
    'seo', 'feed_meta', 'gist', 'include_cached', 'github_edit_link', 'twitter', 'tweet', 'youtube', 'avatar', 'jekyll_version', 'bibliography', 'cite', 'asset', 'asset_path', 'katex', 'endkatex', 'mermaid', 'endmermaid', 'responsive_image', 'picture', 'img',
]);
/** Liquid tokens of the body that Liquid evaluates: `{% raw %}` and `{% comment %}` bodies excluded. */
function liquidTokens(text, from) {
    const tokens = [];
    let skipUntil;
    for (const [start, end] of liquidSpans(text, from)) {
        const token = text.slice(start, end);
        const tag = TAG.exec(token);
        if (skipUntil) {
            // Liquid's raw ends at `{% endraw %}` (a `{%-` before it is not seen as the end; checked).
            if (tag && tag[2] === skipUntil && !(skipUntil === 'endraw' && token.startsWith('{%-')))
                skipUntil = undefined;
            continue;
        }
        if (tag?.[2] === 'raw') {
            skipUntil = 'endraw';
            continue;
        }
        if (tag?.[2] === 'comment') {
            skipUntil = 'endcomment';
            continue;
        }
        tokens.push({ start, end, text: token, ...withError(token, tag) });
    }
    return tokens;
}
/**
 * Liquid's tokenizer: a tag, an output (`}` or `}}` ends it), or a start that never ends, as
 * `/\{%[^]*?%\}|\{\{[^]*?\}\}?|\{\{|\{%/g` reads them, by a scan that remembers the next `%}` and
 * `}` (the regex searched to the end of the post again from every unclosed `{%` or `{{`).
 */
function liquidSpans(text, from) {
    const spans = [];
    const find = (0,scan/* forwardFinder */.UI)(text);
    for (let at = text.indexOf('{', from); at !== -1;) {
        const second = text[at + 1];
        if (second !== '%' && second !== '{') {
            at = text.indexOf('{', at + 1);
            continue;
        }
        let end = at + 2;
        if (second === '%') {
            const close = find('%}', at + 2);
            if (close < text.length)
                end = close + 2;
        }
        else {
            const close = find('}', at + 2);
            if (close < text.length)
                end = close + (text[close + 1] === '}' ? 2 : 1);
        }
        spans.push([at, end]);
        at = text.indexOf('{', end);
    }
    return spans;
}
function withError(token, tag) {
    if (token === '{{' || token === '{%' || (token.startsWith('{{') && !token.endsWith('}}'))) {
        return { error: { reason: token.startsWith('{{') ? "Variable '{{' was not properly terminated" : "Tag '{%' was not properly terminated", fatal: true } };
    }
    if (token.startsWith('{%')) {
        if (!tag)
            return { error: { reason: `Tag '${oneLine(token)}' was not valid`, fatal: true } };
        if (!KNOWN_TAGS.has(tag[2]) && !tag[2].startsWith('end'))
            return { error: { reason: `Unknown tag '${tag[2]}'`, fatal: true } };
        return {};
    }
    const reason = strictVariableError(OUTPUT.exec(token)?.[1] ?? '');
    return reason ? { error: { reason, fatal: false } } : {};
}
/** Liquid's strict lexer; undefined where it raises "Unexpected character". */
function lex(markup) {
    const tokens = [];
    const patterns = [
        ['comparison', /^(?:==|!=|<>|<=?|>=?|contains(?=\s))/],
        ['string', /^(?:'[^']*'|"[^"]*")/],
        ['number', /^-?\d+(?:\.\d+)?/],
        ['id', /^[a-zA-Z_][\w-]*\??/],
        ['dotdot', /^\.\./],
    ];
    const specials = { '|': 'pipe', '.': 'dot', ':': 'colon', ',': 'comma', '[': 'open_square', ']': 'close_square', '(': 'open_round', ')': 'close_round', '?': 'question', '-': 'dash' };
    let rest = markup;
    while ((rest = rest.replace(/^\s+/, '')) !== '') {
        const found = patterns.find(([, pattern]) => pattern.test(rest));
        if (found) {
            const value = found[1].exec(rest)[0];
            tokens.push([found[0], value]);
            rest = rest.slice(value.length);
            continue;
        }
        const kind = specials[rest[0]];
        if (!kind)
            return `Unexpected character ${rest[0]}`;
        tokens.push([kind, rest[0]]);
        rest = rest.slice(1);
    }
    tokens.push(['end_of_string', '']);
    return tokens;
}
/** Brackets nested deeper than this are refused before the recursive parse below runs out of stack. */
const MAX_NESTING = 100;
/** Liquid's strict parse of an output's markup: the error message Liquid gives, or undefined. */
function strictVariableError(markup) {
    const tokens = lex(markup);
    if (typeof tokens === 'string')
        return tokens;
    let at = 0;
    const look = (kind, ahead = 0) => tokens[at + ahead]?.[0] === kind;
    const consume = (kind) => {
        if (!look(kind))
            throw new Error(`Expected ${kind} but found ${tokens[at][0]}`);
        return tokens[at++];
    };
    const expression = (depth = 0) => {
        if (depth > MAX_NESTING)
            throw new Error('Nesting too deep');
        const [kind] = tokens[at];
        if (kind === 'id') {
            at++;
            lookups(depth);
        }
        else if (kind === 'open_square') {
            at++;
            expression(depth + 1);
            consume('close_square');
            lookups(depth);
        }
        else if (kind === 'string' || kind === 'number') {
            at++;
        }
        else if (kind === 'open_round') {
            at++;
            expression(depth + 1);
            consume('dotdot');
            expression(depth + 1);
            consume('close_round');
        }
        else {
            throw new Error(`${tokens[at][1] || kind} is not a valid expression`);
        }
    };
    const lookups = (depth) => {
        for (;;) {
            if (look('open_square')) {
                at++;
                expression(depth + 1);
                consume('close_square');
            }
            else if (look('dot')) {
                at++;
                consume('id');
            }
            else
                return;
        }
    };
    const argument = () => {
        if (look('id') && look('colon', 1))
            at += 2;
        expression();
    };
    try {
        if (look('end_of_string'))
            return undefined;
        expression();
        while (look('pipe')) {
            at++;
            consume('id');
            if (look('colon')) {
                at++;
                argument();
                while (look('comma')) {
                    at++;
                    argument();
                }
            }
        }
        consume('end_of_string');
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
function codeNodes(tree) {
    const found = [];
    const visit = (node) => {
        if (node.type === 'code' || node.type === 'inlineCode')
            found.push(node);
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(tree);
    return found;
}
const FENCE_LINE = /^([ \t>]*?)(`{3,}|~{3,})/;
/** Code blocks, inline code and `{% highlight %}` blocks of a Jekyll post, with the `{% raw %}` fix. */
function liquidCodeRegions(context) {
    const { source } = context;
    const text = source.text;
    const eol = source.eol;
    const regions = [];
    const lineStart = (line) => source.lineStarts[line - 1];
    const lineEnd = (line) => lineStart(line) + (0,post_source/* lineText */.oZ)(source, line).length;
    for (const node of codeNodes(context.tree)) {
        const start = node.position.start.offset;
        const end = node.position.end.offset;
        const inner = text.slice(start, end);
        const canWrap = !/\{%-?\s*endraw/.test(inner);
        if (node.type === 'inlineCode') {
            regions.push({ kind: 'inline', start, end, ...(canWrap ? { fix: { edits: [{ range: [start, start], text: '{% raw %}' }, { range: [end, end], text: '{% endraw %}' }] } } : {}) });
            continue;
        }
        const first = node.position.start.line;
        const last = node.position.end.line;
        const opening = (0,post_source/* lineText */.oZ)(source, first);
        const fence = FENCE_LINE.exec(opening);
        const closing = (0,post_source/* lineText */.oZ)(source, last);
        let fix;
        const prefix = opening.slice(0, node.position.start.column - 1);
        const closed = fence && last > first && closing.trim().startsWith(fence[2][0].repeat(3));
        if (canWrap && fence && closed && /^[ \t>]*$/.test(prefix)) {
            if (/^>*$/.test((0,scan/* trimEndBlanks */.lQ)(prefix).replace(/ /g, '')) && !/^[ \t]/.test(prefix)) {
                // At the top level (or in a quote): a `{% raw %}` line before the fence, `{% endraw %}` after.
                fix = { edits: [{ range: [lineStart(first), lineStart(first)], text: `${prefix}{% raw %}${eol}` }, { range: [lineEnd(last), lineEnd(last)], text: `${eol}${prefix}{% endraw %}` }] };
            }
            else if (last - 1 > first) {
                // In a list item a line of its own would leave a blank line there (the list turns loose):
                // `{%- raw %}` takes its own line break away, and `{% endraw %}` ends the last code line.
                fix = { edits: [{ range: [lineStart(first), lineStart(first)], text: `${prefix}{%- raw %}${eol}` }, { range: [lineEnd(last - 1), lineEnd(last - 1)], text: '{% endraw %}' }] };
            }
        }
        else if (canWrap && !fence && node.position.start.column === 5 && source.lineStarts[first - 1] === start - 4) {
            fix = { edits: [{ range: [lineStart(first), lineStart(first)], text: `{% raw %}${eol}` }, { range: [lineEnd(last), lineEnd(last)], text: `${eol}{% endraw %}` }] };
        }
        regions.push({ kind: 'block', start, end, ...(fix ? { fix } : {}) });
    }
    // `{% highlight %}` bodies are Liquid too: `{% raw %}` goes inside (the tag trims the blank lines).
    const [highlight] = LIQUID_PAIRS;
    for (let line = 1; line <= source.lineStarts.length; line++) {
        if (!highlight.open.test((0,post_source/* lineText */.oZ)(source, line)))
            continue;
        let close = line + 1;
        while (close <= source.lineStarts.length && !highlight.close.test((0,post_source/* lineText */.oZ)(source, close)))
            close++;
        if (close > source.lineStarts.length)
            break;
        const start = lineEnd(line);
        const end = lineStart(close);
        const indent = /^[ \t]*/.exec((0,post_source/* lineText */.oZ)(source, line))[0];
        const canWrap = !/\{%-?\s*endraw/.test(text.slice(start, end));
        regions.push({ kind: 'block', start, end, ...(canWrap ? { fix: { edits: [{ range: [start, start], text: `${eol}${indent}{% raw %}` }, { range: [end, end], text: `${indent}{% endraw %}${eol}` }] } } : {}) });
        line = close;
    }
    return regions;
}
function oneLine(token) {
    const flat = token.replace(/\s+/g, ' ');
    return flat.length > 60 ? flat.slice(0, 57) + '…' : flat;
}
/**
 * Whether an offset is on a tag line the masking turned into a fence (`{{< /highlight >}}`): the
 * engine's code tag, not the author's text. Each line is judged once (many tokens share a line).
 */
function tagLineTest(source, pairs) {
    const known = new Map();
    return (offset) => {
        const { line } = (0,post_source/* positionAt */.t$)(source, offset);
        let verdict = known.get(line);
        if (verdict === undefined) {
            const text = (0,post_source/* lineText */.oZ)(source, line);
            verdict = pairs.some((pair) => pair.open.test(text) || pair.close.test(text));
            known.set(line, verdict);
        }
        return verdict;
    };
}
/** Per code region, the first token Liquid rejects, else the first it evaluates. */
function liquidFindings(context) {
    if (!context.engine.templates.includes('liquid'))
        return [];
    if (context.frontmatter?.data.render_with_liquid === false)
        return [];
    const text = context.source.text;
    const bodyStart = context.frontmatter?.range[1] ?? 0;
    if (text.indexOf('{{', bodyStart) === -1 && text.indexOf('{%', bodyStart) === -1)
        return [];
    const tokens = liquidTokens(text, bodyStart);
    if (tokens.length === 0)
        return [];
    const findings = [];
    const isTagLine = tagLineTest(context.source, LIQUID_PAIRS);
    // Tokens are in text order: each region reads only its own (filtering all tokens per region was quadratic).
    const starts = tokens.map((token) => token.start);
    for (const region of liquidCodeRegions(context)) {
        const inside = [];
        for (let index = (0,scan/* lowerBound */.yz)(starts, region.start); index < tokens.length && tokens[index].start < region.end; index++) {
            const token = tokens[index];
            if (!/^\{%-?\s*(?:end)?raw\b/.test(token.text) && !isTagLine(token.start))
                inside.push(token);
        }
        if (inside.length === 0)
            continue;
        const bad = inside.find((token) => token.error);
        findings.push({ region, token: bad ?? inside[0], error: bad !== undefined });
    }
    return findings.sort((a, b) => a.token.start - b.token.start);
}
// ---------------------------------------------------------------------------------------------
// Hugo shortcodes
// Hugo shortcodes in `inner`, each on one line and not commented out (`{{</* x */>}}` shows one),
// as `/\{\{([<%])(?![ \t]*\/\*)([^\n]*?)([>%])\}\}/g` finds them, by a scan that remembers the next
// line break, `>}}` and `%}}` (the regex read to the end of the line again from every unclosed `{{<`).
function shortcodeMatches(inner) {
    const found = [];
    const find = (0,scan/* forwardFinder */.UI)(inner);
    for (let at = inner.indexOf('{{'); at !== -1;) {
        const open = inner[at + 2];
        let after = at + 3;
        if (open === '<' || open === '%')
            while (inner[after] === ' ' || inner[after] === '\t')
                after++;
        if ((open === '<' || open === '%') && !inner.startsWith('/*', after)) {
            const close = Math.min(find('>}}', at + 3), find('%}}', at + 3));
            if (close < find('\n', at + 3)) {
                found.push({ index: at, text: inner.slice(at, close + 3), open, close: inner[close] });
                at = inner.indexOf('{{', close + 3);
                continue;
            }
        }
        at = inner.indexOf('{{', at + 1);
    }
    return found;
}
function shortcodeFindings(context) {
    if (!context.engine.templates.includes('hugo-shortcodes'))
        return [];
    const text = context.source.text;
    if (text.indexOf('{{<') === -1 && text.indexOf('{{%') === -1)
        return [];
    const found = [];
    const isTagLine = tagLineTest(context.source, HUGO_PAIRS);
    for (const node of codeNodes(context.tree)) {
        const start = node.position.start.offset;
        const inner = text.slice(start, node.position.end.offset);
        const edits = [];
        let first;
        for (const match of shortcodeMatches(inner)) {
            if (match.open !== match.close && !(match.open === '<' && match.close === '>'))
                continue;
            if (isTagLine(start + match.index))
                continue;
            first ??= match;
            const from = start + match.index;
            edits.push({ range: [from + 3, from + 3], text: '/*' }, { range: [from + match.text.length - 3, from + match.text.length - 3], text: '*/' });
        }
        if (!first)
            continue;
        const from = start + first.index;
        const shown = first.text;
        found.push({ start: from, end: from + shown.length, text: shown, fixed: `${shown.slice(0, 3)}/*${shown.slice(3, -3)}*/${shown.slice(-3)}`, fix: { edits } });
    }
    return found;
}
// ---------------------------------------------------------------------------------------------
// The rules

;// CONCATENATED MODULE: ./src/rules/template-in-code.ts
// Template syntax shown in code that the engine runs anyway. Jekyll renders Liquid over the whole
// post before markdown, code included: ```` ```yaml ```` with `${{ secrets.TOKEN }}` is published as
// `$`, inline `` `{{ message }}` `` as empty code, `{% block content %}` stops the build ("Unknown
// tag"), and `{{ a == 'b' }}` logs "Liquid syntax error" (all checked with Jekyll 4.3 / Liquid 5.4).
// `{% raw %}` … `{% endraw %}` and `render_with_liquid: false` keep the text. Hugo runs shortcodes
// (`{{< x >}}`, `{{% x %}}`) inside code fences too; `{{</* x */>}}` shows them. The scanning is shared
// with its sibling rule in rule-api/template-code.ts.



/* harmony default export */ const template_in_code = ((0,rule/* defineRule */.K)({
    id: 'template-in-code',
    category: 'markdown',
    options: {},
    severity: 'warning',
    fixable: true,
    docs: {
        en: "Template syntax shown in code stays as written. Jekyll runs Liquid inside code blocks and inline code (`${{ secrets.TOKEN }}` is published as `$`): wrap them in `{% raw %}` … `{% endraw %}` (or set `render_with_liquid: false`). Hugo runs shortcodes inside code fences: write `{{</* name */>}}` to show one.",
        ko: '코드에 적은 템플릿 문법이 적은 그대로 보이는지 봅니다. Jekyll은 코드 블록과 인라인 코드 안의 Liquid도 실행하므로(`${{ secrets.TOKEN }}`가 `$`로 발행됨) `{% raw %}` … `{% endraw %}`로 감싸야 합니다(또는 `render_with_liquid: false`). Hugo는 코드 펜스 안의 쇼트코드도 실행하므로 보여 주려면 `{{</* name */>}}`처럼 씁니다.',
    },
    messages: {
        liquidBlock: {
            en: 'Jekyll runs Liquid inside this code block: `{token}` is not shown as written (an output becomes its value, usually nothing). Wrap the block in `{% raw %}` … `{% endraw %}`.',
            ko: 'Jekyll은 이 코드 블록 안의 Liquid를 실행합니다. `{token}`{은} 적은 그대로 보이지 않습니다(출력은 그 값, 대개 빈 값이 됨). 블록을 `{% raw %}` … `{% endraw %}`로 감싸세요.',
        },
        liquidInline: {
            en: 'Jekyll runs Liquid inside this inline code: `{token}` is not shown as written (an output becomes its value, usually nothing). Write `{% raw %}`…`{% endraw %}` around it.',
            ko: 'Jekyll은 이 인라인 코드 안의 Liquid를 실행합니다. `{token}`{은} 적은 그대로 보이지 않습니다(출력은 그 값, 대개 빈 값이 됨). 앞뒤를 `{% raw %}`…`{% endraw %}`로 감싸세요.',
        },
        shortcode: {
            en: 'Hugo runs the shortcode `{token}` inside this code instead of showing it. Write `{fixed}`.',
            ko: 'Hugo는 코드 안의 쇼트코드 `{token}`{을} 보여 주지 않고 실행합니다. `{fixed}`처럼 쓰세요.',
        },
    },
    // A finding spans its code block (the fix wraps the block); the message names the first Liquid in it.
    check(context, report) {
        for (const finding of liquidFindings(context)) {
            if (finding.error)
                continue;
            const { region, token } = finding;
            report({ messageId: region.kind === 'inline' ? 'liquidInline' : 'liquidBlock', data: { token: oneLine(token.text) }, position: (0,post_source/* spanPosition */.wY)(context.source, region.start, region.end), ...(region.fix ? { fix: region.fix } : {}) });
        }
        for (const finding of shortcodeFindings(context)) {
            report({ messageId: 'shortcode', data: { token: oneLine(finding.text), fixed: oneLine(finding.fixed) }, position: (0,post_source/* spanPosition */.wY)(context.source, finding.start, finding.end), fix: finding.fix });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/liquid-syntax.ts



/* harmony default export */ const liquid_syntax = ((0,rule/* defineRule */.K)({
    id: 'liquid-syntax',
    category: 'markdown',
    options: {},
    severity: 'error',
    fixable: true,
    docs: {
        en: 'Code in a Jekyll post holds no Liquid that Liquid cannot parse: an unknown tag (`{% block content %}` from Django or Jinja) or an unclosed `{{` stops the build, and an output like `{{ a == b }}` logs "Liquid syntax error" and publishes something else. Wrap the code in `{% raw %}` … `{% endraw %}`.',
        ko: 'Jekyll 글의 코드에 Liquid가 해석하지 못하는 문법이 없는지 봅니다. 모르는 태그(Django·Jinja의 `{% block content %}`)나 닫히지 않은 `{{`는 빌드를 멈추고, `{{ a == b }}` 같은 출력은 "Liquid syntax error"를 남기고 다른 내용을 발행합니다. 코드를 `{% raw %}` … `{% endraw %}`로 감싸세요.',
    },
    messages: {
        fatal: {
            en: 'Jekyll stops the build here: Liquid cannot parse `{token}` in this code ({reason}). Wrap the code in `{% raw %}` … `{% endraw %}`.',
            ko: 'Jekyll 빌드가 여기서 멈춥니다. 이 코드의 `{token}`{을} Liquid가 해석하지 못합니다({reason}). 코드를 `{% raw %}` … `{% endraw %}`로 감싸세요.',
        },
        warning: {
            en: 'Liquid cannot parse `{token}` in this code ({reason}): Jekyll logs "Liquid syntax error" and publishes something else. Wrap the code in `{% raw %}` … `{% endraw %}`.',
            ko: '이 코드의 `{token}`{을} Liquid가 해석하지 못합니다({reason}). Jekyll은 "Liquid syntax error"를 남기고 다른 내용을 발행합니다. 코드를 `{% raw %}` … `{% endraw %}`로 감싸세요.',
        },
    },
    check(context, report) {
        for (const finding of liquidFindings(context)) {
            if (!finding.error)
                continue;
            const { region, token } = finding;
            report({ messageId: token.error.fatal ? 'fatal' : 'warning', data: { token: oneLine(token.text), reason: token.error.reason }, position: (0,post_source/* spanPosition */.wY)(context.source, region.start, region.end), ...(region.fix ? { fix: region.fix } : {}) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-key-typo.ts


// `categoies:`, `tittle:`, `decription:`, `dtae:`: no engine warns about a key it does not read,
// so the value is silently dropped (the post has no categories, the SEO tag no description). The
// keys that are read come from the engine module: the engine's own, its theme's, and every key
// the site's layouts and code name (`page.subtitle`, `.Params.cover`), or the content schema.
/* harmony default export */ const frontmatter_key_typo = ((0,rule/* defineRule */.K)({
    id: 'frontmatter-key-typo',
    category: 'frontmatter',
    options: {},
    severity: 'warning',
    fixable: true,
    docs: {
        en: 'A front matter key that nothing reads but is one slip (a typo, a swapped or missing letter) from a key the engine, theme or site templates read (`categoies:`, `tittle:`, `dtae:`): the engine ignores it without a word and the value is lost. Keys the site\'s templates read are never reported. The fix renames the key, keeping its value. Off for plain markdown sites, whose own code may read any key.',
        ko: '엔진·테마·사이트 템플릿이 읽는 키에서 한두 글자 틀린 프론트매터 키(`categoies:`, `tittle:`, `dtae:`)를 찾습니다. 엔진은 아무 말 없이 이 키를 무시해 값이 사라집니다. 사이트 템플릿이 읽는 키는 보고하지 않습니다. 고치면 값은 그대로 두고 키 이름만 바꿉니다. 사이트 코드가 어떤 키든 읽을 수 있는 일반 마크다운 사이트에서는 꺼져 있습니다.',
    },
    messages: {
        typo: { en: 'Nothing reads the key `{key}`, so its value is dropped: if you meant `{expected}`, rename the key.', ko: '`{key}` 키는 아무도 읽지 않아 값이 버려집니다. `{expected}`의 오타라면 키 이름을 `{expected}`{으로} 고치세요.' },
    },
    check(context, report) {
        if (!hasUsableFrontmatter(context))
            return;
        const schema = context.engine.schemaFor(context.file);
        const known = schema ? Object.keys(schema.schema.fields) : [...new Set([...context.engine.readKeys, ...context.preset.knownKeys])];
        const fold = (key) => (context.engine.keysCaseSensitive ? key : key.toLowerCase());
        // Case-insensitive here: a key that differs only in case is key-case's business.
        const knownFolded = new Set(known.map((key) => key.toLowerCase()));
        const present = new Set(context.frontmatter.entries.map((entry) => fold(entry.key)));
        for (const entry of context.frontmatter.entries) {
            if (knownFolded.has(entry.key.toLowerCase()))
                continue;
            const candidates = typoTargets(entry.key, known);
            if (candidates.length !== 1)
                continue;
            const expected = candidates[0];
            // `title:` is there as well: `tittle:` may be a second key on purpose; nothing is lost by it.
            if (present.has(fold(expected)))
                continue;
            report({ messageId: 'typo', data: { key: entry.key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
        }
    },
}));
/** Known keys one slip from `key`, the closest only; none when it is as close to two of them. */
function typoTargets(key, known) {
    const lower = key.toLowerCase();
    let best = Infinity;
    let found = [];
    const lowered = loweredOf(known);
    for (let index = 0; index < known.length; index++) {
        const target = known[index];
        const wanted = lowered[index];
        if (!isSlip(lower, wanted))
            continue;
        const distance = damerau(lower, wanted);
        if (distance < best)
            [best, found] = [distance, [target]];
        else if (distance === best && !found.some((item) => item.toLowerCase() === wanted))
            found.push(target);
    }
    return found;
}
/** The known keys in lower case, once per list (a post's keys are all checked against one list). */
const loweredLists = new WeakMap();
function loweredOf(known) {
    let lowered = loweredLists.get(known);
    if (!lowered)
        loweredLists.set(known, (lowered = known.map((key) => key.toLowerCase())));
    return lowered;
}
/**
 * Whether `key` looks like a misspelling of `target`. Short names are close to many words
 * (`data`/`date`, `tag`/`tab`, `toc`/`top`), so a key of four letters or fewer counts only when it
 * swaps two neighbouring letters (`dtae`) or doubles one (`datte`). Singular and plural pairs
 * (`tag`/`tags`, `author`/`authors`) are distinct keys that engines read differently (taxonomy-key).
 */
function isSlip(key, target) {
    // Lengths first: every slip below is within two letters of the target's length, and this keeps a
    // front matter of tens of thousands of keys against hundreds of known ones cheap.
    if (target.length <= 4 ? key.length !== target.length && key.length !== target.length + 1 : Math.abs(key.length - target.length) > (target.length >= 8 ? 2 : 1))
        return false;
    if (key === target)
        return false;
    const close = target.length <= 4 ? isSwap(key, target) || isDoubled(key, target) : withinDistance(key, target, target.length >= 8 ? 2 : 1);
    if (!close)
        return false;
    const stem = (word) => word.replace(/_/g, '').replace(/(?:es|s)$/, '');
    return stem(key) !== stem(target);
}
/**
 * `damerau(a, b) <= limit`, reading only the band of the table within `limit` of its diagonal and
 * stopping at the first row past `limit` (the full table per key and known key was slow for a
 * front matter of thousands of keys against hundreds of known ones).
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
function withinDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return false;
    const over = limit + 1;
    const cols = b.length + 1;
    if (rows[0].length < cols)
        rows = [new Int32Array(2 * cols), new Int32Array(2 * cols), new Int32Array(2 * cols)];
    let [before, previous, current] = rows;
    before.fill(over, 0, cols);
    for (let j = 0; j < cols; j++)
        previous[j] = Math.min(j, over);
    for (let i = 1; i <= a.length; i++) {
        current.fill(over, 0, cols);
        current[0] = Math.min(i, over);
        let best = current[0];
        for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, before[j - 2] + 1);
            current[j] = Math.min(value, over);
            best = Math.min(best, current[j]);
        }
        if (best > limit)
            return false;
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length] <= limit;
}
function isSwap(a, b) {
    if (a.length !== b.length)
        return false;
    const diff = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]));
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}
function isDoubled(a, b) {
    if (a.length !== b.length + 1)
        return false;
    for (let index = 1; index < a.length; index++)
        if (a[index] === a[index - 1] && a.slice(0, index) + a.slice(index + 1) === b)
            return true;
    return false;
}
/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). */
function damerau(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/post/image-url.ts
// What an image URL points at, where in the repository that would be, and how the preset wants
// it written. Pure string work; the caller checks the repo index, so nothing here touches the disk.


const OS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/(?:Users|home|var\/folders|private|tmp|mnt\/[a-z])\/)/;
const LIQUID_PREFIX = /^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+/;
function resolveImage(rawUrl, options) {
    let url = rawUrl.trim();
    if (url === '')
        return { kind: 'empty' };
    if (/^data:/i.test(url))
        return { kind: 'data' };
    if (/^file:/i.test(url))
        return { kind: 'file-url', path: decode((0,scan/* withoutQuery */.j$)(url.replace(/^file:\/*/i, '/'))) };
    // Typora's default image folder, absolute or climbing out with ../../..: never committed.
    if (OS_ABSOLUTE.test(url) || /(?:^|[\\/])typora-user-images[\\/]/i.test(url))
        return { kind: 'os-absolute', path: url };
    // Liquid prefixes that only prepend the site URL: `{{ site.url }}{{ site.baseurl }}/x.png`.
    let prefix = LIQUID_PREFIX.exec(url)?.[0] ?? '';
    url = url.slice(prefix.length);
    let filterSuffix = '';
    const relativeUrlFilter = /^(\{\{-?[ \t]*["'])([^"'{}]+)(["'][ \t]*\|[ \t]*(?:relative_url|absolute_url)[ \t]*-?\}\})$/.exec(url);
    if (relativeUrlFilter) {
        prefix = relativeUrlFilter[1];
        url = relativeUrlFilter[2];
        filterSuffix = relativeUrlFilter[3];
    }
    if (/\{\{|\{%/.test(url))
        return { kind: 'template' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))
        return { kind: 'remote' };
    const suffixStart = (0,scan/* querySuffixStart */.oM)(url);
    const suffix = suffixStart === -1 ? '' : url.slice(suffixStart);
    let decoded = decode(url.slice(0, url.length - suffix.length).replace(/\\/g, '/'));
    const base = options.baseUrl.replace(/\/$/, '');
    if (base && base !== '/' && decoded.startsWith(base + '/')) {
        prefix += base;
        decoded = decoded.slice(base.length);
    }
    const target = resolveInRepo(decoded, prefix, suffix + filterSuffix, options);
    if (filterSuffix && target.kind === 'repo')
        target.liquidFilter = true;
    return target;
}
function resolveInRepo(decoded, prefix, suffix, options) {
    const candidates = [];
    const subpath = options.mediaSubpath?.trim();
    if (options.cdn && (decoded.startsWith('/') || subpath))
        return { kind: 'remote' };
    let style;
    if (decoded.startsWith('/')) {
        style = 'absolute';
        for (const root of options.publicRoots)
            candidates.push(external_node_path_default().posix.join(root || '.', decoded));
    }
    else {
        if (subpath && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(subpath))
            return { kind: 'remote' };
        style = subpath ? 'subpath' : 'relative';
        if (subpath)
            for (const root of options.publicRoots)
                candidates.push(external_node_path_default().posix.join(root || '.', subpath, decoded));
        candidates.push(external_node_path_default().posix.join(external_node_path_default().posix.dirname(options.postFile), decoded));
    }
    const inside = candidates.filter((candidate) => candidate !== '..' && !candidate.startsWith('..'));
    if (inside.length === 0)
        return { kind: 'outside' };
    return { kind: 'repo', candidates: inside.map((candidate) => candidate.replace(/^\.\//, '')), style, prefix, suffix, path: decoded };
}
function decode(text) {
    try {
        return decodeURI(text);
    }
    catch {
        return text;
    }
}
/** A path as it goes into a URL: spaces as `%20` (works in every markdown engine) or raw (kramdown only). */
function encodePath(repoPath, spaces) {
    const escaped = repoPath.replace(/%/g, '%25');
    return spaces === 'encode' ? escaped.replace(/ /g, '%20') : escaped;
}
/** `static/img/x.png` -> `/img/x.png`: the site URL path of a file under a public root. */
function siteUrlPath(repoPath, publicRoots) {
    for (const root of [...publicRoots].sort((a, b) => b.length - a.length)) {
        if (root === '')
            continue;
        if (repoPath.startsWith(root + '/'))
            return '/' + repoPath.slice(root.length + 1);
    }
    return '/' + repoPath;
}
/** How the preset wants a URL written that points at `actual` (a path that exists in the repo). */
function canonicalUrl(target, actual, options) {
    let urlPath;
    if (target.style === 'subpath' && options.mediaSubpath) {
        const subpathDir = external_node_path_default().posix.join(options.publicRoots[0] || '.', options.mediaSubpath).replace(/^\.\//, '').replace(/^\//, '');
        urlPath = actual.startsWith(subpathDir + '/') ? actual.slice(subpathDir.length + 1) : siteUrlPath(actual, options.publicRoots);
    }
    else if (target.style === 'absolute' || options.preferAbsolute) {
        urlPath = siteUrlPath(actual, options.publicRoots);
    }
    else {
        urlPath = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(options.postFile), actual);
    }
    return target.prefix + encodePath(urlPath, options.spaces) + target.suffix;
}

;// CONCATENATED MODULE: ./src/rules/wiki-embed.ts





// Obsidian writes `![[Pasted image 20260101.png]]` and `[[Other note]]`; Jekyll, Hugo, Hexo and
// Astro publish them as literal brackets (checked with the real Jekyll and Hugo), unless the site
// configures a plugin that renders them (jekyll-wikilinks, remark-wiki-link, Quartz: the engine
// module's `wikiLinks`). Obsidian finds an attachment by its file name anywhere in the vault, so the
// fix does the same: exactly one file of that name in the repository, served by the site.
/* harmony default export */ const wiki_embed = ((0,rule/* defineRule */.K)({
    id: 'wiki-embed',
    category: 'markdown',
    options: {},
    severity: 'error',
    fixable: true,
    docs: {
        en: 'No Obsidian wiki syntax (`![[image.png]]`, `[[Note]]`) outside code: no blog engine renders it without a plugin, so readers see the brackets and no image. Off when the site configures a wiki-link plugin. The fix writes standard markdown when the file or post resolves one way: `![](/path/image.png)`, or a link through the engine\'s own post link (`{% post_url %}`, `{{< ref >}}`).',
        ko: '코드 밖에 Obsidian 위키 문법(`![[image.png]]`, `[[Note]]`)을 쓰지 않습니다. 플러그인 없이는 어떤 블로그 엔진도 이를 렌더링하지 않아 독자에게는 괄호만 보이고 이미지는 나오지 않습니다. 사이트에 위키 링크 플러그인이 있으면 검사하지 않습니다. 파일이나 글이 하나로 정해지면 표준 마크다운(`![](/path/image.png)`, 엔진의 글 링크 `{% post_url %}`, `{{< ref >}}`)으로 고칩니다.',
    },
    messages: {
        image: { en: 'Obsidian embed `{written}` is published as literal text, not an image; write `{fixed}`.', ko: 'Obsidian 임베드 `{written}`{은} 이미지가 아니라 글자 그대로 게시됩니다. `{fixed}`{으로} 쓰세요.' },
        imageUnresolved: { en: 'Obsidian embed `{written}` is published as literal text, not an image; commit the file and write it as a markdown image `![](path)`.', ko: 'Obsidian 임베드 `{written}`{은} 이미지가 아니라 글자 그대로 게시됩니다. 파일을 커밋하고 마크다운 이미지 `![](경로)`로 쓰세요.' },
        imageSized: { en: 'Obsidian embed `{written}` is published as literal text, not an image; write `{fixed}` (markdown has no size: set it with HTML or CSS if needed).', ko: 'Obsidian 임베드 `{written}`{은} 이미지가 아니라 글자 그대로 게시됩니다. `{fixed}`{으로} 쓰세요(마크다운에는 크기 지정이 없으니 필요하면 HTML이나 CSS로 정하세요).' },
        embed: { en: 'Obsidian embed `{written}` is published as literal text; paste the content or link it.', ko: 'Obsidian 임베드 `{written}`{은} 글자 그대로 게시됩니다. 내용을 옮겨 쓰거나 링크로 바꾸세요.' },
        link: { en: 'Wiki link `{written}` is published as literal text, not a link; write `{fixed}`.', ko: '위키 링크 `{written}`{은} 링크가 아니라 글자 그대로 게시됩니다. `{fixed}`{으로} 쓰세요.' },
        linkUnresolved: { en: 'Wiki link `{written}` is published as literal text, not a link; write a markdown link `[text](url)`.', ko: '위키 링크 `{written}`{은} 링크가 아니라 글자 그대로 게시됩니다. 마크다운 링크 `[글](주소)`로 쓰세요.' },
    },
    check(context, report) {
        if (context.engine.wikiLinks)
            return;
        for (const ref of findWikiRefs(context.source, context.tree)) {
            const written = context.source.text.slice(ref.range[0], ref.range[1]);
            const position = (0,post_source/* spanPosition */.wY)(context.source, ...ref.range);
            if (ref.embed && !isImageEmbed(ref)) {
                report({ messageId: 'embed', data: { written }, position });
                continue;
            }
            const replacement = ref.embed ? imageMarkdown(context, ref) : linkMarkdown(context, ref);
            // `[[Prototype]]`, `[[Get]]` (ECMAScript internal slots), `[[nodiscard]]`: a lone identifier
            // that names no post is notation, not a note; Obsidian titles have spaces, Hangul, `|alias`.
            if (!replacement && !ref.embed && ref.label === undefined && ref.heading === undefined && /^[A-Za-z_$][\w$.-]*$/.test(ref.target))
                continue;
            if (!replacement) {
                report({ messageId: ref.embed ? 'imageUnresolved' : 'linkUnresolved', data: { written }, position });
                continue;
            }
            const sized = ref.embed && ref.label !== undefined && /^\d+(?:x\d+)?$/.test(ref.label.trim());
            const fix = { edits: [{ range: ref.range, text: replacement }] };
            report({ messageId: ref.embed ? (sized ? 'imageSized' : 'image') : 'link', data: { written, fixed: replacement }, position, fix });
        }
    },
}));
/** `![alt](url)` for the one file of that name the site serves, else undefined. */
function imageMarkdown(context, ref) {
    const file = uniqueFile(context, ref.target, 'file');
    if (!file)
        return undefined;
    const url = imageUrl(context, file);
    if (!url)
        return undefined;
    const alt = ref.label !== undefined && !/^\d+(?:x\d+)?$/.test(ref.label.trim()) ? ref.label.trim().replace(/([[\]\\])/g, '\\$1') : '';
    return `![${alt}](${url})`;
}
function imageUrl(context, file) {
    const encode = (value) => encodePath(value, 'encode').replace(/\(/g, '%28').replace(/\)/g, '%29');
    // Beside the post: the relative name, where the page's URL keeps the post's folder (a Hugo page
    // bundle's `index.md`; Astro and Hexo resolve from the file). Jekyll's permalinks break it.
    const relative = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(context.file), file);
    const bundle = /^index\.[^.]+$/.test(context.fileName) || context.engine.permalinks === 'path';
    if (!context.engine.rootAbsoluteImages && bundle && !relative.startsWith('../'))
        return encode(relative);
    // Under a folder served at the site root. Jekyll does not copy `_folders` or `.folders`.
    for (const root of context.engine.publicRoots) {
        if (root !== '' && !file.startsWith(root + '/'))
            continue;
        const inRoot = root === '' ? file : file.slice(root.length + 1);
        if (inRoot.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.')))
            continue;
        return encode(siteUrlPath(file, context.engine.publicRoots));
    }
    return undefined;
}
/** `[label](link)` through the engine's own post link, for the one post of that name. */
function linkMarkdown(context, ref) {
    if (ref.heading !== undefined)
        return undefined;
    const file = uniqueFile(context, ref.target, 'post');
    if (!file || file === context.file)
        return undefined;
    const label = (ref.label?.trim() || ref.target).replace(/([[\]\\])/g, '\\$1');
    if (context.engine.permalinks === 'jekyll') {
        const at = file.split('/').indexOf('_posts');
        if (at === -1)
            return undefined;
        const name = file.split('/').slice(at + 1).join('/').replace(/\.[^.]+$/, '');
        return `[${label}]({% post_url ${name} %})`;
    }
    if (context.engine.permalinks === 'hugo') {
        // `ref` takes the path below the content folder, the one this post lives in.
        const contentDir = context.file.split('/')[0];
        if (!file.startsWith(contentDir + '/'))
            return undefined;
        return `[${label}]({{< ref "${file.slice(contentDir.length + 1)}" >}})`;
    }
    return undefined;
}
/** The one repository file Obsidian would pick: by path when it has one, else by name anywhere. */
function uniqueFile(context, target, kind) {
    const wanted = target.normalize('NFC').toLowerCase().replace(/^\.?\//, '');
    return nameIndex(context.repo.files, kind).get(wanted) ?? undefined;
}
/**
 * Per repository (its file set) and kind: each way a reference can name a file (the whole path or
 * any tail of it after a `/`; NFC, lower case; posts without their extension) mapped to that file,
 * or to null when two files answer to it. Built once: searching every file for every reference
 * was slow for a post of many references in a large repository.
 */
const nameIndexes = new WeakMap();
function nameIndex(files, kind) {
    let byKind = nameIndexes.get(files);
    if (!byKind)
        nameIndexes.set(files, (byKind = {}));
    let index = byKind[kind];
    if (index)
        return index;
    index = new Map();
    for (const file of files) {
        if (kind === 'post' && !/\.(?:md|markdown)$/i.test(file))
            continue;
        const name = (kind === 'post' ? file.replace(/\.[^./]+$/, '') : file).normalize('NFC').toLowerCase();
        for (let from = 0;;) {
            const key = name.slice(from);
            index.set(key, index.has(key) ? null : file);
            const slash = name.indexOf('/', from);
            if (slash === -1)
                break;
            from = slash + 1;
        }
    }
    byKind[kind] = index;
    return index;
}

;// CONCATENATED MODULE: ./src/rules/body-h1.ts


// Chirpy, Minimal Mistakes, minima and most Hugo themes print `title` as the page's <h1>; a `#`
// heading in the body makes a second one (checked with the real Jekyll and Hugo: two <h1> on the
// page). The engine module reads the post's layout to know (`titleHeading`). An H1 that repeats the
// title is title-heading-duplicate's. The fix demotes the heading to H2 only when it is the body's
// one H1 and the body has no H2: then nothing is reordered, its sub-headings stay below it, and the
// outline is what the author wrote one level down. With several H1s (sections) or H2s beside
// it, demoting one heading changes the structure: the message says so and no fix is offered.
/* harmony default export */ const body_h1 = ((0,rule/* defineRule */.K)({
    id: 'body-h1',
    category: 'markdown',
    options: {},
    severity: 'warning',
    fixable: true,
    postsOnly: true,
    docs: {
        en: 'No H1 (`# Heading` or a `===` underline) in the body when the theme already prints the title as the page\'s <h1> (read from the post\'s layout: Chirpy, minima, Minimal Mistakes, most Hugo themes): the page gets two <h1>, which confuses readers, screen readers and search engines. Start sections at `##`. Fixed only when the body\'s one H1 can become H2 without changing the outline.',
        ko: '테마가 이미 제목을 페이지의 <h1>로 보여 줄 때(글 레이아웃에서 읽음: Chirpy, minima, Minimal Mistakes, 대부분의 Hugo 테마) 본문에 H1(`# 제목`이나 `===` 밑줄)을 쓰지 않습니다. 페이지에 <h1>이 두 개가 되어 독자, 스크린 리더, 검색 엔진을 헷갈리게 합니다. 절은 `##`부터 시작하세요. 본문의 H1이 하나뿐이고 H2로 바꿔도 목차 구조가 그대로일 때만 자동으로 고칩니다.',
    },
    messages: {
        demote: { en: 'The theme already prints the title as the page\'s H1, so this `# {heading}` makes a second one; make it `## {heading}`.', ko: '테마가 이미 제목을 H1으로 보여 주므로 이 `# {heading}`{은} 두 번째 H1이 됩니다. `## {heading}`{으로} 바꾸세요.' },
        restructure: { en: 'The theme already prints the title as the page\'s H1, so this `# {heading}` makes a second one; start the body\'s sections at `##` (demote every heading one level).', ko: '테마가 이미 제목을 H1으로 보여 주므로 이 `# {heading}`{은} 두 번째 H1이 됩니다. 본문 절을 `##`부터 시작하세요(모든 제목을 한 단계씩 내리세요).' },
        // A setext H1 (`Setup` over a `===` line) is named as written, and its fix is a `---` underline.
        demoteSetext: { en: 'The theme already prints the title as the page\'s H1, so `{heading}` over a `===` underline makes a second one; underline it with `---` instead.', ko: '테마가 이미 제목을 H1으로 보여 주므로 `===` 밑줄을 친 `{heading}`{은} 두 번째 H1이 됩니다. 밑줄을 `---`로 바꾸세요.' },
        restructureSetext: { en: 'The theme already prints the title as the page\'s H1, so `{heading}` over a `===` underline makes a second one; start the body\'s sections at `##` (demote every heading one level).', ko: '테마가 이미 제목을 H1으로 보여 주므로 `===` 밑줄을 친 `{heading}`{은} 두 번째 H1이 됩니다. 본문 절을 `##`부터 시작하세요(모든 제목을 한 단계씩 내리세요).' },
    },
    check(context, report) {
        if (!context.engine.titleHeading(context.file, context.frontmatter?.data))
            return;
        const title = context.frontmatter?.data.title;
        const wanted = typeof title === 'string' ? body_h1_normalize(title) : undefined;
        const headings = context.tree.children.filter((node) => node.type === 'heading' && !!node.position);
        const h1s = headings.filter((node) => node.depth === 1);
        const fixable = h1s.length === 1 && !headings.some((node) => node.depth === 2);
        for (const node of h1s) {
            // An H1 that repeats the title: title-heading-duplicate says to remove it.
            if (wanted !== undefined && body_h1_normalize((0,mdast_util_to_string_lib/* toString */.d)(node)) === wanted)
                continue;
            const { start, end } = node.position;
            const heading = (0,mdast_util_to_string_lib/* toString */.d)(node).trim();
            const fix = fixable ? demote(context, node) : undefined;
            const setext = !context.source.text.startsWith('#', start.offset);
            report({ messageId: `${fix ? 'demote' : 'restructure'}${setext ? 'Setext' : ''}`, data: { heading }, position: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, ...(fix ? { fix } : {}) });
        }
    },
}));
/** `# x` -> `## x`; a setext `===` underline -> `---` of the same length. */
function demote(context, node) {
    const start = node.position.start.offset;
    const end = node.position.end.offset;
    const text = context.source.text.slice(start, end);
    if (text.startsWith('#'))
        return { edits: [{ range: [start, start], text: '#' }] };
    const underline = /\n([ ]{0,3})(=+)([ \t]*)$/.exec(text);
    if (!underline)
        return undefined;
    const at = start + underline.index + 1 + underline[1].length;
    return { edits: [{ range: [at, at + underline[2].length], text: '-'.repeat(underline[2].length) }] };
}
function body_h1_normalize(text) {
    return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/rules/post-unfinished.ts



// A post merged before it was written: an empty body, only headings, a placeholder ("TBD",
// "작성 중", "coming soon", lorem ipsum), or headings with nothing under them at the end. Posts only;
// drafts (`draft: true`, `published: false`, `_drafts/`) are work in progress by definition, and a
// link post (`redirect_to:`, `link:`, `external_url:`) has no body on purpose.
/* harmony default export */ const post_unfinished = ((0,rule/* defineRule */.K)({
    id: 'post-unfinished',
    category: 'markdown',
    options: {},
    severity: 'warning',
    fixable: false,
    postsOnly: true,
    docs: {
        en: 'A published post is finished: its body is not empty, not only headings, not a placeholder ("TBD", "TODO:", "coming soon", "작성 중", "내용 추가 예정", lorem ipsum), and it does not end with headings that have nothing under them. Code is never read; drafts and link posts (`redirect_to:`, `link:`) are exempt.',
        ko: '게시되는 글은 완성되어 있어야 합니다. 본문이 비어 있거나, 제목만 있거나, 자리표시 문구("TBD", "TODO:", "coming soon", "작성 중", "내용 추가 예정", lorem ipsum)뿐이거나, 내용 없는 제목으로 끝나면 안 됩니다. 코드는 읽지 않으며 초안과 링크 글(`redirect_to:`, `link:`)은 검사하지 않습니다.',
    },
    messages: {
        empty: { en: 'This post has no body: it will be published as an empty page. Write it, or keep it as a draft (`draft: true` / `published: false`).', ko: '이 글은 본문이 없어 빈 페이지로 게시됩니다. 내용을 쓰거나 초안(`draft: true` / `published: false`)으로 두세요.' },
        onlyHeadings: { en: 'This post has only headings and no text under them: it looks unfinished. Write it, or keep it as a draft.', ko: '이 글에는 제목만 있고 그 아래 내용이 없어 덜 쓴 글로 보입니다. 내용을 쓰거나 초안으로 두세요.' },
        placeholder: { en: '"{text}" is a placeholder, not content: finish this part before publishing, or keep the post as a draft.', ko: '"{text}"{은} 내용이 아니라 자리표시 문구입니다. 게시하기 전에 이 부분을 마무리하거나 글을 초안으로 두세요.' },
        emptyHeading: { en: 'The heading "{heading}" at the end of the post has nothing under it: write that part or remove the heading.', ko: '글 끝의 "{heading}" 제목 아래에 내용이 없습니다. 그 부분을 쓰거나 제목을 지우세요.' },
    },
    check(context, report) {
        const data = context.frontmatter?.data ?? {};
        if (data.draft === true || data.published === false || context.file.split('/').includes('_drafts'))
            return;
        if (LINK_KEYS.some((key) => typeof data[key] === 'string' && data[key].trim() !== ''))
            return;
        const nodes = context.tree.children.filter((node) => !IGNORED(node));
        // Code inside the engine's own tags ({% highlight %}, {{< highlight >}}) is content too.
        // (A loop: spreading tens of thousands of ranges into Math.max overflows the stack.)
        let lastCodeLine = 0;
        for (const [, last] of context.templateCode)
            lastCodeLine = Math.max(lastCodeLine, last);
        if (nodes.length === 0 && lastCodeLine === 0) {
            const line = context.frontmatter ? context.frontmatter.closeLine + 1 : 1;
            report({ messageId: 'empty', position: { line, column: 1 } });
            return;
        }
        if (nodes.length > 0 && lastCodeLine === 0 && nodes.every((node) => node.type === 'heading')) {
            report({ messageId: 'onlyHeadings', position: at(nodes[0]) });
            return;
        }
        for (const node of nodes) {
            if (node.type !== 'paragraph')
                continue;
            const text = placeholderText(node);
            if (text !== undefined)
                report({ messageId: 'placeholder', data: { text }, position: at(node) });
        }
        const trailing = [];
        for (let index = nodes.length - 1; index >= 0 && nodes[index].type === 'heading' && nodes[index].position.start.line > lastCodeLine; index--)
            trailing.push(nodes[index]);
        trailing.reverse();
        for (const heading of trailing)
            report({ messageId: 'emptyHeading', data: { heading: (0,mdast_util_to_string_lib/* toString */.d)(heading).trim() }, position: at(heading) });
    },
}));
/** Front matter keys that make a post a link to elsewhere (jekyll-redirect-from, link posts). */
const LINK_KEYS = ['redirect_to', 'link', 'external_url', 'externalUrl', 'external_link', 'externalLink', 'link_url', 'linkUrl'];
/** Front matter, HTML comments, link definitions and rules are not content. */
function IGNORED(node) {
    if (node.type === 'yaml' || node.type === 'toml' || node.type === 'definition' || node.type === 'thematicBreak')
        return true;
    return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}
const PLACEHOLDER = new RegExp('^(?:' +
    [
        'to be (?:continued|written|updated|added|filled(?: in)?|completed|done|determined|announced)',
        'tb[dac]', 'todo', 'to-?do', 'wip', 'work in progress', 'coming soon', 'under construction', 'more (?:to come|soon)', 'draft',
        '(?:현재\\s*)?(?:작성|준비|정리|번역|업데이트)\\s?중(?:입니다|이에요)?', '(?:내용\\s?)?(?:추가|작성|보완|업데이트)\\s?예정(?:입니다)?', '내용\\s?없음', '준비\\s?중',
    ].join('|') +
    ')$', 'i');
/** The paragraph's text when all of it is a placeholder (or a `TODO:` note, or lorem ipsum). */
function placeholderText(node) {
    // Inline code is not prose: `TODO` there is about code.
    if (node.children.some((child) => child.type === 'inlineCode' || child.type === 'image' || child.type === 'link'))
        return undefined;
    const text = (0,mdast_util_to_string_lib/* toString */.d)(node).replace(/\s+/g, ' ').trim();
    if (/\blorem ipsum\b/i.test(text))
        return text.length > 60 ? text.slice(0, 57) + '…' : text;
    const bare = withoutMarks(text).trim();
    if (PLACEHOLDER.test(bare))
        return text;
    if (text.length <= 80 && /^(?:TODO|TBD|FIXME|WIP)\s*[:：]/.test(text))
        return text;
    return undefined;
}
const LEADING_MARKS = new Set('([{*_~"\'“‘-');
const TRAILING_MARKS = new Set(')]}*_~"\'”’.…!?~:;,-');
/**
 * The text without the brackets, quotes and emphasis marks that open it and the punctuation that
 * ends it (white space included): `/^[\s([{*_~"'“‘-]+|[\s)\]}*_~"'”’.…!?~:;,-]+$/gu` removed, by
 * loops (the regex retried every start of a long run of `.` or `!`: a 64 KB paragraph took seconds).
 */
function withoutMarks(text) {
    let start = 0;
    while (start < text.length && ((0,scan/* isJsSpace */.QZ)(text.charCodeAt(start)) || LEADING_MARKS.has(text[start])))
        start++;
    let end = text.length;
    while (end > start && ((0,scan/* isJsSpace */.QZ)(text.charCodeAt(end - 1)) || TRAILING_MARKS.has(text[end - 1])))
        end--;
    return text.slice(start, end);
}
function at(node) {
    const { start, end } = node.position;
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

// EXTERNAL MODULE: ./src/engines/hexo-site.ts
var hexo_site = __webpack_require__(4481);
;// CONCATENATED MODULE: ./src/rules/link-tag-target.ts




/* harmony default export */ const link_tag_target = ((0,rule/* defineRule */.K)({
    id: 'link-tag-target',
    category: 'markdown',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Links written with the engine\'s tags point at something that exists: Jekyll `{% post_url %}` (a post\'s file name without extension) and `{% link %}` (a file\'s path), Hugo `ref`/`relref`, Hexo `{% post_link %}` (a post\'s slug or title) and `{% asset_img %}`/`{% asset_path %}`/`{% asset_link %}` (a file of the post\'s asset folder). A missing post stops the build (checked with Jekyll 4.3, Hugo 0.111 and Hexo 8.1), a missing Hexo asset silently publishes nothing; Jekyll and Hugo run tags inside code blocks too, Hexo does not; `{% raw %}` and `{{</* */>}}` are skipped. Fixed when exactly one post or file matches.',
        ko: '엔진 태그로 쓴 링크는 실제 대상을 가리켜야 합니다. Jekyll `{% post_url %}`(확장자 없는 글 파일 이름)과 `{% link %}`(파일 경로), Hugo `ref`/`relref`, Hexo `{% post_link %}`(글의 슬러그나 제목)와 `{% asset_img %}`/`{% asset_path %}`/`{% asset_link %}`(글 에셋 폴더의 파일)가 대상입니다. 글이 없으면 빌드가 실패하고(Jekyll 4.3, Hugo 0.111, Hexo 8.1로 확인), Hexo 에셋이 없으면 아무것도 없이 조용히 게시됩니다. Jekyll과 Hugo는 코드 블록 안의 태그도 실행하고 Hexo는 실행하지 않으며, `{% raw %}`와 `{{</* */>}}`는 건너뜁니다. 맞는 글이나 파일이 하나뿐이면 고칩니다.',
    },
    messages: {
        postUrl: { en: '`{% post_url {target} %}` names no post, so the build fails ("Could not find post"): write the name of an existing post (its file name without the extension).', ko: '`{% post_url {target} %}`{이} 가리키는 글이 없어 빌드가 실패합니다("Could not find post"). 있는 글의 파일 이름(확장자 제외)을 쓰세요.' },
        postUrlFix: { en: '`{% post_url {target} %}` names no post, so the build fails ("Could not find post"): write `{fixed}` (the post {file}).', ko: '`{% post_url {target} %}`{이} 가리키는 글이 없어 빌드가 실패합니다("Could not find post"). `{fixed}`{으로} 쓰세요({file} 글).' },
        link: { en: '`{% link {target} %}` names no file of the site, so the build fails ("Could not find document"): write the path of an existing file, from the site\'s root, with its case.', ko: '`{% link {target} %}`{이} 가리키는 파일이 없어 빌드가 실패합니다("Could not find document"). 사이트 루트부터의 실제 파일 경로를 대소문자까지 맞춰 쓰세요.' },
        linkFix: { en: '`{% link {target} %}` names no file of the site, so the build fails ("Could not find document"): write `{fixed}`.', ko: '`{% link {target} %}`{이} 가리키는 파일이 없어 빌드가 실패합니다("Could not find document"). `{fixed}`{으로} 쓰세요.' },
        ref: { en: '`{tag} "{target}"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write the name of an existing page (its path under content/, or its file name).', ko: '`{tag} "{target}"`{이} 가리키는 페이지가 없어 Hugo 빌드가 실패합니다(REF_NOT_FOUND). 있는 페이지(content/ 아래 경로나 파일 이름)를 쓰세요.' },
        postLink: { en: '`{% post_link {target} %}` names no post, so the Hexo build fails ("Post not found"): write the slug of an existing post (its path under `source/_posts/` without the extension, as `new_post_name` reads it) or its exact title.', ko: '`{% post_link {target} %}`{이} 가리키는 글이 없어 Hexo 빌드가 실패합니다("Post not found"). 있는 글의 슬러그(`new_post_name`대로 읽은, 확장자 없는 `source/_posts/` 아래 경로)나 정확한 제목을 쓰세요.' },
        postLinkFix: { en: '`{% post_link {target} %}` names no post, so the Hexo build fails ("Post not found"): write `{fixed}` (the post {file}).', ko: '`{% post_link {target} %}`{이} 가리키는 글이 없어 Hexo 빌드가 실패합니다("Post not found"). `{fixed}`{으로} 쓰세요({file} 글).' },
        postLinkEmpty: { en: '`{% post_link %}` names no post at all, so the Hexo build fails ("Post not found"): write the slug of the post to link, or remove the tag.', ko: '`{% post_link %}`에 글 이름이 없어 Hexo 빌드가 실패합니다("Post not found"). 연결할 글의 슬러그를 쓰거나 태그를 지우세요.' },
        postLinkDraft: { en: '`{% post_link {target} %}` links to {file}, which Hexo does not publish (a draft, or `published: false`): the link leads to a missing page (a 404). Publish that post, or link another.', ko: '`{% post_link {target} %}`{이} 가리키는 {file}{은} Hexo가 게시하지 않는 글(초안이나 `published: false`)이라 링크가 없는 페이지로 갑니다(404). 그 글을 게시하거나 다른 글을 연결하세요.' },
        asset: { en: '`{% {tag} {target} %}` names no file in this post\'s asset folder `{folder}/`, so Hexo publishes nothing in its place, without an error: write the name of a file in that folder, with its case.', ko: '`{% {tag} {target} %}`{이} 가리키는 파일이 이 글의 에셋 폴더 `{folder}/`에 없어 Hexo가 오류 없이 그 자리에 아무것도 게시하지 않습니다. 그 폴더에 있는 파일 이름을 대소문자까지 맞춰 쓰세요.' },
        assetFix: { en: '`{% {tag} {target} %}` names no file in this post\'s asset folder `{folder}/`, so Hexo publishes nothing in its place, without an error: write `{fixed}`.', ko: '`{% {tag} {target} %}`{이} 가리키는 파일이 이 글의 에셋 폴더 `{folder}/`에 없어 Hexo가 오류 없이 그 자리에 아무것도 게시하지 않습니다. `{fixed}`{으로} 쓰세요.' },
        assetFolderOff: { en: '`{% {tag} {target} %}` publishes nothing, without an error: Hexo looks the file up in the post\'s asset folder, and `post_asset_folder` is off in `_config.yml`. Turn it on (`post_asset_folder: true`) with the file in `{folder}/`, or write a markdown image or link.', ko: '`{% {tag} {target} %}`{은} 오류 없이 아무것도 게시하지 않습니다. Hexo는 글의 에셋 폴더에서 파일을 찾는데 `_config.yml`에서 `post_asset_folder`가 꺼져 있습니다. `post_asset_folder: true`로 켜고 파일을 `{folder}/`에 두거나, 마크다운 이미지나 링크로 쓰세요.' },
        refFix: { en: '`{tag} "{target}"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write `{fixed}`.', ko: '`{tag} "{target}"`{이} 가리키는 페이지가 없어 Hugo 빌드가 실패합니다(REF_NOT_FOUND). `{fixed}`{으로} 쓰세요.' },
    },
    check(context, report) {
        if (context.engine.permalinks === 'jekyll') {
            if (context.frontmatter?.data.render_with_liquid === false)
                return;
            for (const ref of jekyllTags(context))
                checkJekyll(context, ref, report);
        }
        else if (context.engine.permalinks === 'hugo') {
            for (const ref of hugoRefs(context))
                checkHugo(context, ref, report);
        }
        else if (context.engine.hexoSite) {
            // Front matter overrides the renderer (hexo lib/hexo/post.ts): `disableNunjucks: true` runs no tag.
            if (context.frontmatter?.data.disableNunjucks === true)
                return;
            checkHexo(context, context.engine.hexoSite, report);
        }
    },
}));
function bodyStart(context) {
    return context.frontmatter?.range[1] ?? 0;
}
/** `{% post_url x %}` and `{% link x %}` outside `{% raw %}…{% endraw %}` and `{% comment %}…{% endcomment %}`. */
function jekyllTags(context) {
    const text = context.source.text;
    const found = [];
    const tag = /\{%-?\s*(raw|comment|post_url|link)\b([^%]*?)-?%\}/g;
    tag.lastIndex = bodyStart(context);
    for (let match = tag.exec(text); match; match = tag.exec(text)) {
        const name = match[1];
        if (name === 'raw' || name === 'comment') {
            const end = text.indexOf(name === 'raw' ? 'endraw' : 'endcomment', tag.lastIndex);
            if (end === -1)
                break;
            tag.lastIndex = end;
            continue;
        }
        const argument = match[2];
        const target = argument.trim();
        // A variable (`{% link {{ page.x }} %}`) or a quoted name is not a literal path.
        if (target === '' || /[{}'"\s]/.test(target))
            continue;
        const start = match.index + match[0].indexOf(argument) + argument.indexOf(target);
        found.push({ tag: name, target, range: [start, start + target.length] });
    }
    return found;
}
const POST_FILES = new WeakMap();
/** Post files (`_posts/` anywhere) by their name without extension. */
function postsByName(files) {
    let map = POST_FILES.get(files);
    if (!map) {
        map = new Map();
        for (const file of files) {
            const segments = file.split('/');
            if (!segments.slice(0, -1).includes('_posts') || !/\.(md|markdown|html)$/i.test(file))
                continue;
            const name = segments.at(-1).replace(/\.[^.]+$/, '');
            const group = map.get(name);
            if (group)
                group.push(file);
            else
                map.set(name, [file]);
        }
        POST_FILES.set(files, map);
    }
    return map;
}
function checkJekyll(context, ref, report) {
    const position = (0,post_source/* spanPosition */.wY)(context.source, ...ref.range);
    if (ref.tag === 'post_url') {
        const posts = postsByName(context.repo.files);
        const name = ref.target.replace(/^\//, '');
        const last = name.split('/').pop();
        // Jekyll matches the post's own name; a folder under _posts/ may be left out or named (checked).
        if (posts.has(last))
            return;
        const bare = last.replace(/\.(md|markdown|html)$/i, '');
        const slug = bare.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
        const matches = new Set();
        for (const [candidate] of posts) {
            if (candidate === bare || candidate.toLowerCase() === bare.toLowerCase() || candidate.normalize('NFC') === bare.normalize('NFC') || candidate.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '') === slug)
                matches.add(candidate);
        }
        if (matches.size === 1) {
            const fixed = [...matches][0];
            const file = posts.get(fixed)[0];
            report({ messageId: 'postUrlFix', data: { target: ref.target, fixed, file }, position, fix: { edits: [{ range: ref.range, text: fixed }] } });
        }
        else
            report({ messageId: 'postUrl', data: { target: ref.target }, position });
        return;
    }
    const path = ref.target.replace(/^\//, '');
    if (context.repo.files.has(path))
        return;
    const spelled = context.repo.spelling(path);
    // The same file in the other Unicode form: kept as it is stored.
    const loose = spelled ?? context.repo.findLoose(path);
    if (loose && loose !== path) {
        report({ messageId: 'linkFix', data: { target: ref.target, fixed: loose }, position, fix: { edits: [{ range: ref.range, text: loose }] } });
        return;
    }
    if (loose)
        return;
    report({ messageId: 'link', data: { target: ref.target }, position });
}
// `{{< ref "x" >}}`, `{{% relref x %}}` (quoted or not), but not the escaped form `{{</* ref */>}}`.
function hugoRefs(context) {
    const text = context.source.text;
    const found = [];
    const shortcode = /\{\{([<%])\s*(\/\*)?\s*(ref|relref)\s+("([^"]*)"|'([^']*)'|`([^`]*)`|([^\s>%]+))[^}]*?\}\}/g;
    shortcode.lastIndex = bodyStart(context);
    for (let match = shortcode.exec(text); match; match = shortcode.exec(text)) {
        if (match[2])
            continue; // the escaped form: shown, not run
        const target = match[5] ?? match[6] ?? match[7] ?? match[8] ?? '';
        if (target === '' || /[{}]/.test(target))
            continue;
        const quoted = match[4];
        const start = match.index + match[0].indexOf(quoted) + (quoted === target ? 0 : 1);
        found.push({ tag: match[3], target, range: [start, start + target.length] });
    }
    return found;
}
const CONTENT = new WeakMap();
function contentIndex(files, contentDir) {
    let byDir = CONTENT.get(files);
    if (!byDir)
        CONTENT.set(files, (byDir = new Map()));
    let index = byDir.get(contentDir);
    if (!index) {
        index = { paths: new Set(), names: new Map() };
        const prefix = contentDir + '/';
        for (const file of files) {
            if (!file.startsWith(prefix) || !/\.(md|markdown|html|org|adoc|rst)$/i.test(file))
                continue;
            const relative = file.slice(prefix.length).normalize('NFC').toLowerCase();
            const bare = relative.replace(/\.[^./]+$/, '');
            index.paths.add(bare);
            const segments = bare.split('/');
            const last = segments.at(-1);
            const name = (last === 'index' || last === '_index') && segments.length > 1 ? segments.at(-2) : last;
            const group = index.names.get(name);
            if (group)
                group.push(file);
            else
                index.names.set(name, [file]);
        }
        byDir.set(contentDir, index);
    }
    return index;
}
function checkHugo(context, ref, report) {
    const contentDir = context.engine.hugoUrls?.contentDir ?? 'content';
    const index = contentIndex(context.repo.files, contentDir);
    const wanted = ref.target.replace(/#.*$/, '').normalize('NFC').toLowerCase();
    if (wanted === '')
        return; // `ref "#anchor"`: this page
    const bare = wanted.replace(/\.(md|markdown|html)$/, '').replace(/\/$/, '');
    const pageDir = context.file.startsWith(contentDir + '/') ? context.file.slice(contentDir.length + 1).normalize('NFC').toLowerCase().split('/').slice(0, -1).join('/') : '';
    const forms = (p) => [p, `${p}/index`, `${p}/_index`];
    const resolve = (p) => {
        const parts = [];
        for (const part of p.split('/')) {
            if (part === '' || part === '.')
                continue;
            if (part === '..')
                parts.pop();
            else
                parts.push(part);
        }
        return parts.join('/');
    };
    const candidates = bare.startsWith('/') ? forms(resolve(bare)) : [...forms(resolve(`${pageDir}/${bare}`)), ...forms(resolve(bare))];
    if (candidates.some((candidate) => index.paths.has(candidate)))
        return;
    const name = bare.split('/').pop();
    if (!bare.includes('/') && index.names.has(name))
        return;
    // Hugo also matches a path's tail against pages in other places: no verdict when the name exists at all.
    if (index.names.has(name))
        return;
    const slug = name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
    const near = [...index.names].filter(([candidate]) => candidate.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '') === slug).flatMap(([, group]) => group);
    const position = (0,post_source/* spanPosition */.wY)(context.source, ...ref.range);
    if (near.length === 1) {
        const fixed = near[0].slice(contentDir.length + 1);
        report({ messageId: 'refFix', data: { tag: ref.tag, target: ref.target, fixed }, position, fix: { edits: [{ range: ref.range, text: fixed }] } });
    }
    else
        report({ messageId: 'ref', data: { tag: ref.tag, target: ref.target }, position });
}
/** Where Hexo runs no tag: code (fenced, indented, inline: Hexo escapes `<code>`) and HTML comments (offsets, both ends included). */
function hexoQuietRanges(context) {
    const ranges = [];
    const text = context.source.text;
    const visit = (node) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined) {
            if (node.type === 'code' || node.type === 'inlineCode') {
                ranges.push([start, end - 1]);
                return;
            }
            if (node.type === 'html') {
                for (let at = text.indexOf('<!--', start); at !== -1 && at < end; at = text.indexOf('<!--', at + 4)) {
                    const close = text.indexOf('-->', at + 4);
                    const stop = close === -1 ? end : close + 3;
                    ranges.push([at, stop - 1]);
                    at = stop - 4;
                }
                return;
            }
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(context.tree);
    return ranges.sort((a, b) => a[0] - b[0]);
}
/** The arguments of a tag as Hexo splits them: at whitespace, a quoted string being one. Undefined when one is not a literal. */
function hexoArgs(text, start) {
    const args = [];
    const token = /"([^"]*)"|'([^']*)'|\S+/g;
    for (let match = token.exec(text); match; match = token.exec(text)) {
        const quoted = match[1] ?? match[2];
        if (quoted !== undefined)
            args.push({ value: quoted, range: [start + match.index + 1, start + match.index + 1 + quoted.length], quoted: true });
        else if (/["'{}]/.test(match[0]))
            return undefined;
        else
            args.push({ value: match[0], range: [start + match.index, start + match.index + match[0].length], quoted: false });
    }
    return args;
}
/** `{% post_link %}` and the asset tags outside code, comments, `{% raw %}` and `{# #}`. */
function hexoTags(context) {
    const text = context.source.text;
    const found = [];
    const tag = /\{#|\{%-?\s*(raw|post_link|asset_img|asset_path|asset_link)(?=[\s%-])([^%]*?)-?%\}/g;
    tag.lastIndex = bodyStart(context);
    let quiet;
    for (let match = tag.exec(text); match; match = tag.exec(text)) {
        quiet ??= hexoQuietRanges(context);
        if (inRanges(quiet, match.index)) {
            tag.lastIndex = match.index + 2;
            continue;
        }
        const name = match[1];
        if (name === undefined) {
            // A `{# comment #}`: its end found once (an unclosed one fails the whole render in Nunjucks).
            const end = text.indexOf('#}', match.index + 2);
            if (end === -1)
                break;
            tag.lastIndex = end + 2;
            continue;
        }
        if (name === 'raw') {
            const end = /\{% *endraw *%\}/g;
            end.lastIndex = tag.lastIndex;
            if (!end.exec(text))
                break;
            tag.lastIndex = end.lastIndex;
            continue;
        }
        const argument = match[2];
        const argStart = match.index + match[0].indexOf(name) + name.length;
        const args = hexoArgs(argument, argStart);
        if (args)
            found.push({ name: name, args, range: [match.index, match.index + match[0].length] });
    }
    return found;
}
const HEXO_SLUGS = new WeakMap();
function hexoSlugs(files, config) {
    let byConfig = HEXO_SLUGS.get(files);
    if (!byConfig)
        HEXO_SLUGS.set(files, (byConfig = new Map()));
    const key = JSON.stringify([config.siteDir, config.sourceDir, config.newPostName, config.postAssetFolder, config.skipRender]);
    let slugs = byConfig.get(key);
    if (!slugs) {
        slugs = { exact: new Map(), byLoose: new Map(), anyInexact: false, files: new Set() };
        for (const file of files) {
            const slug = (0,hexo_site/* hexoPostSlug */.EK)(file, config);
            if (!slug)
                continue;
            slugs.files.add(file);
            if (!slug.exact)
                slugs.anyInexact = true;
            const group = slugs.exact.get(slug.slug);
            if (group)
                group.push(file);
            else {
                slugs.exact.set(slug.slug, [file]);
                addTo(slugs.byLoose, looseSlug(slug.slug), slug.slug);
            }
        }
        byConfig.set(key, slugs);
    }
    return slugs;
}
function addTo(map, key, value) {
    const group = map.get(key);
    if (group)
        group.push(value);
    else
        map.set(key, [value]);
}
const HEXO_TITLES = new WeakMap();
function hexoTitles(posts) {
    let titles = HEXO_TITLES.get(posts);
    if (!titles) {
        titles = { byTitle: new Map(), byLooseTitle: new Map(), byFile: new Map() };
        for (const post of posts) {
            titles.byFile.set(post.file, post);
            if (post.title === undefined)
                continue;
            if (!titles.byTitle.has(post.title))
                addTo(titles.byLooseTitle, post.title.normalize('NFC').toLowerCase(), post.title);
            addTo(titles.byTitle, post.title, post.file);
        }
        HEXO_TITLES.set(posts, titles);
    }
    return titles;
}
const DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;
/** A post name as an author may have meant it: no folder, extension, date, case; spaces as hyphens. */
function looseSlug(name) {
    const last = name.normalize('NFC').toLowerCase().replace(/\\/g, '/').split('/').pop();
    return last.replace(/\.(md|markdown|html?)$/, '').replace(DATE_PREFIX, '').replace(/[\s_-]+/g, '-');
}
const ALL_TITLES_KNOWN = new WeakMap();
/** Whether every post and draft of the site has its title in the index (a post whose title is not known may be the one a name means). */
function allTitlesKnown(slugs, titles) {
    let bySlugs = ALL_TITLES_KNOWN.get(titles);
    if (!bySlugs)
        ALL_TITLES_KNOWN.set(titles, (bySlugs = new WeakMap()));
    let known = bySlugs.get(slugs);
    if (known === undefined) {
        known = [...slugs.files].every((file) => titles.byFile.get(file)?.read);
        bySlugs.set(slugs, known);
    }
    return known;
}
/** The argument's text after the fix, quoted when it must be; undefined when it cannot be written. */
function writeArg(arg, value) {
    if (/["{}%#]/.test(value) || (arg.quoted && value.includes("'")))
        return undefined;
    if (!arg.quoted && /\s|'/.test(value))
        return `"${value}"`;
    return value;
}
function checkHexo(context, config, report) {
    const tags = hexoTags(context);
    if (tags.length === 0)
        return;
    const own = (0,hexo_site/* hexoPostInfo */.rV)(context.file, config);
    for (const tag of tags) {
        if (tag.name === 'post_link')
            checkPostLink(context, config, tag, report);
        else if (own.kind === 'post' || own.kind === 'draft')
            checkAsset(context, config, tag, own.assetDir, report);
    }
}
function isPublished(file, config, titles) {
    if (config.renderDrafts)
        return true;
    if ((0,hexo_site/* hexoPostInfo */.rV)(file, config).kind === 'draft')
        return false;
    const post = titles?.byFile.get(file);
    return post?.read ? post.published : undefined;
}
function checkPostLink(context, config, tag, report) {
    const arg = tag.args[0];
    if (!arg) {
        report({ messageId: 'postLinkEmpty', data: {}, position: (0,post_source/* spanPosition */.wY)(context.source, ...tag.range) });
        return;
    }
    let slug = arg.value;
    let range = arg.range;
    const parts = slug.split('#');
    if (parts.length === 2) {
        slug = parts[0];
        range = [range[0], range[0] + slug.length];
    }
    if (slug === '')
        return;
    const slugs = hexoSlugs(context.repo.files, config);
    const index = context.siteIndex?.hexoPosts;
    const titles = index ? hexoTitles(index) : undefined;
    const position = (0,post_source/* spanPosition */.wY)(context.source, ...range);
    // Found (by slug first, then by title, as Hexo looks): a link to a post Hexo does not publish is a 404.
    const found = slugs.exact.get(slug) ?? titles?.byTitle.get(slug);
    if (found) {
        const ownPublished = !config.renderDrafts && (0,hexo_site/* hexoPostInfo */.rV)(context.file, config).kind !== 'draft' && context.frontmatter?.data.published !== false;
        if (!ownPublished)
            return;
        if (!found.every((file) => isPublished(file, config, titles) === false))
            return;
        report({ messageId: 'postLinkDraft', data: { target: arg.value, file: found[0] }, position });
        return;
    }
    // A post whose name Hexo's diacritics table may spell otherwise (`æ` → `ae`) may be the one: no verdict.
    if (slugs.anyInexact)
        return;
    // A post whose title is not known may be the one: no verdict.
    if (!titles || !allTitlesKnown(slugs, titles))
        return;
    const matches = slugs.byLoose.get(looseSlug(slug)) ?? [];
    const titleMatches = titles.byLooseTitle.get(slug.normalize('NFC').toLowerCase()) ?? [];
    const fixed = matches.length === 1 && titleMatches.every((title) => titles.byTitle.get(title).every((file) => slugs.exact.get(matches[0]).includes(file))) ? matches[0] : undefined;
    const text = fixed !== undefined ? writeArg(arg, fixed) : undefined;
    if (fixed !== undefined && text !== undefined) {
        // A name that needs quotes is quoted whole, `#part` included.
        const edit = text !== fixed ? { range: arg.range, text: `"${fixed}${arg.value.slice(slug.length)}"` } : { range, text };
        report({ messageId: 'postLinkFix', data: { target: arg.value, fixed: text, file: slugs.exact.get(fixed)[0] }, position, fix: { edits: [edit] } });
    }
    else
        report({ messageId: 'postLink', data: { target: arg.value }, position });
}
/** An asset name as an author may have meant it: no `./`, no post-name folder, no case. */
function looseAsset(name, postName) {
    let clean = name.normalize('NFC').toLowerCase().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (clean.startsWith(postName + '/'))
        clean = clean.slice(postName.length + 1);
    return clean;
}
const ASSETS = new WeakMap();
/** The post's asset files, looked up by each loose form (built once per post, not per tag). */
function assetIndex(context, config, postName) {
    let byPost = ASSETS.get(context.repo.files);
    if (!byPost)
        ASSETS.set(context.repo.files, (byPost = new Map()));
    const key = `${context.file}\u0000${JSON.stringify([config.siteDir, config.sourceDir, config.postAssetFolder])}`;
    if (byPost.has(key))
        return byPost.get(key);
    const names = (0,hexo_site/* hexoAssetNames */.TI)(context.file, context.repo.files, config);
    let index;
    if (names) {
        index = { names, byLoose: new Map(), byBase: new Map(), byStem: new Map() };
        for (const name of names.keys()) {
            const loose = looseAsset(name, postName);
            const base = loose.split('/').pop();
            addTo(index.byLoose, loose, name);
            addTo(index.byBase, base, name);
            addTo(index.byStem, base.replace(/\.[^.]+$/, ''), name);
        }
    }
    byPost.set(key, index);
    return index;
}
function checkAsset(context, config, tag, assetDir, report) {
    // asset_img takes the first argument that names an asset (class names may come first); the others the first.
    const arg = tag.name === 'asset_img' ? (tag.args.find((candidate) => /\.[a-z0-9]{2,5}$/i.test(candidate.value)) ?? tag.args[0]) : tag.args[0];
    if (!arg)
        return;
    const position = (0,post_source/* spanPosition */.wY)(context.source, ...arg.range);
    const data = { tag: tag.name, target: arg.quoted ? `"${arg.value}"` : arg.value, folder: assetDir };
    const postName = looseAsset(assetDir.split('/').pop(), '');
    const index = assetIndex(context, config, postName);
    if (!index) {
        report({ messageId: 'assetFolderOff', data, position });
        return;
    }
    const { names } = index;
    const given = tag.name === 'asset_img' ? tag.args : [arg];
    if (given.some((candidate) => names.has(candidate.value) || names.has(candidate.value.normalize('NFC')) || names.has(candidate.value.normalize('NFD'))))
        return;
    const wanted = looseAsset(arg.value, postName);
    const base = wanted.split('/').pop();
    const matches = new Set([...(index.byLoose.get(wanted) ?? []), ...(index.byBase.get(base) ?? []), ...(!base.includes('.') ? (index.byStem.get(base) ?? []) : [])]);
    const text = matches.size === 1 ? writeArg(arg, [...matches][0]) : undefined;
    if (text !== undefined)
        report({ messageId: 'assetFix', data: { ...data, fixed: text }, position, fix: { edits: [{ range: arg.range, text }] } });
    else
        report({ messageId: 'asset', data, position });
}

;// CONCATENATED MODULE: ./src/rules/link-target.ts
// Plain links (`[text](target)`, reference links, HTML `<a href>`) to this site's own pages and
// files that the published site does not have. External URLs are never fetched.
//
// Checked with the real engines (test/oracle/link-target.test.ts):
// - Jekyll 4.3.1 and Hugo 0.111.3 publish a link's URL as written: `[b](b.md)` stays `href="b.md"`,
//   which the browser resolves against the page's URL (`/posts/a/b.md`), where nothing is served.
//   jekyll-relative-links (GitHub Pages) rewrites such links in pages only, not in posts, unless
//   `relative_links: {collections: true}`; a Hugo `render-link.html` hook may rewrite them: both
//   leave relative links without a verdict. The fix is the engine's own link: Jekyll
//   `{% post_url name %}` (or `{% link path %}`), Hugo `{{< relref "/path.md" >}}`.
// - A path of the repository is not a path of the site: `/_posts/x.md` and Hugo's `/content/x.md`,
//   `/static/x.pdf` (served as `/x.pdf`) and `/assets/x.css` (not served) are 404s.
// - `/posts/b` for `/posts/b/` is fine (servers redirect a folder to its slash); another case is
//   not: a Linux server (GitHub Pages) serves `/posts/b/`, not `/posts/B/`. Hugo lowercases the URLs
//   it makes from names.
// A link is reported only when it is shaped like the site's post URLs (`/posts/<slug>/` where posts
// live at `/posts/…`), names a repository path, or loosely matches one post: theme pages, tag pages
// and whatever else the engine makes are not known here, so any other unknown path stays silent.






/* harmony default export */ const link_target = ((0,rule/* defineRule */.K)({
    id: 'link-target',
    category: 'markdown',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Links to this site\'s own pages and files arrive: a relative `x.md` link (published as written, so a 404; use `{% post_url %}`/`{% link %}` or `relref`), a repository path the site does not serve (`/_posts/x.md`, Hugo `/content/x.md`, `/static/x.pdf`), a post URL with another case, date or slug than any post has. Fixed when exactly one target matches. Only links shaped like the site\'s post URLs or repository paths are judged; external URLs are never fetched.',
        ko: '사이트 안의 글과 파일로 가는 링크가 실제로 도착해야 합니다. 상대 경로 `x.md` 링크(쓴 그대로 게시되어 404. `{% post_url %}`/`{% link %}`나 `relref`를 쓰세요), 사이트가 제공하지 않는 저장소 경로(`/_posts/x.md`, Hugo의 `/content/x.md`, `/static/x.pdf`), 어떤 글과도 대소문자·날짜·슬러그가 맞지 않는 글 URL이 대상입니다. 맞는 대상이 하나뿐이면 고칩니다. 글 URL 모양이거나 저장소 경로인 링크만 판단하며, 외부 URL은 가져와 보지 않습니다.',
    },
    messages: {
        markdownFile: { en: 'Link `{url}` points at a markdown file, which the engine publishes as written: the reader lands on `{resolved}`, which does not exist. Link the page instead: write `{fixed}`.', ko: '`{url}` 링크는 마크다운 파일을 가리키는데, 엔진은 링크를 쓴 그대로 게시하므로 독자는 없는 주소 `{resolved}`{으로} 갑니다. 페이지로 연결하세요. `{fixed}`{으로} 쓰세요.' },
        markdownFileMissing: { en: 'Link `{url}` points at a markdown file, which the engine publishes as written: the reader lands on `{resolved}`, which does not exist, and no published page of the site is that file. Link the page\'s URL.', ko: '`{url}` 링크는 마크다운 파일을 가리키는데, 엔진은 링크를 쓴 그대로 게시하므로 독자는 없는 주소 `{resolved}`{으로} 갑니다. 그 파일로 게시되는 페이지도 없습니다. 페이지의 URL로 연결하세요.' },
        repoPath: { en: 'Link `{url}` is where the file is in the repository, not where the site serves it (a 404): write `{fixed}`.', ko: '`{url}` 링크는 저장소 안의 파일 경로일 뿐 사이트가 그 주소로 제공하지 않습니다(404). `{fixed}`{으로} 쓰세요.' },
        repoPathUnserved: { en: 'Link `{url}` is where the file is in the repository, and the site does not publish that file (a 404): link a page or file the site serves.', ko: '`{url}` 링크는 저장소 안의 파일 경로이고, 사이트는 그 파일을 게시하지 않습니다(404). 사이트가 제공하는 페이지나 파일로 연결하세요.' },
        near: { en: 'Link `{url}` goes to no page of the site (a 404); the post {file} is published at `{fixed}`: write that.', ko: '`{url}` 링크가 가리키는 페이지가 사이트에 없습니다(404). {file} 글은 `{fixed}`에 게시되니 그 주소를 쓰세요.' },
        nearFile: { en: 'Link `{url}` goes to no file of the site (a 404); the file {file} is served at `{fixed}`: write that.', ko: '`{url}` 링크가 가리키는 파일이 사이트에 없습니다(404). {file} 파일은 `{fixed}`에서 제공되니 그 주소를 쓰세요.' },
        relative: { en: 'Link `{url}` is relative to the page\'s URL, so the reader lands on `{resolved}`, which the site does not have (a 404): link a page or file the site serves, from the site\'s root.', ko: '`{url}` 링크는 페이지 URL 기준 상대 경로라서 독자는 사이트에 없는 `{resolved}`{으로} 갑니다(404). 사이트가 제공하는 페이지나 파일을 루트 기준 경로로 연결하세요.' },
        wrapped: { en: 'Link `{url}` has markdown or parentheses in its target, which the engine publishes as the address (a 404): write `{fixed}`.', ko: '`{url}` 링크 대상에 마크다운이나 괄호가 들어 있어 엔진이 그대로 주소로 게시합니다(404). `{fixed}`{으로} 쓰세요.' },
        wrappedNoFix: { en: 'Link `{url}` has markdown or parentheses in its target, which the engine publishes as the address (a 404): keep only the address.', ko: '`{url}` 링크 대상에 마크다운이나 괄호가 들어 있어 엔진이 그대로 주소로 게시합니다(404). 주소만 남기세요.' },
        noScheme: { en: 'Link `{url}` has no `https://`, so it is a path on this site and the reader lands on `{resolved}` (a 404): write `https://{url}`.', ko: '`{url}` 링크에 `https://`가 없어 이 사이트 안의 경로가 되므로 독자는 `{resolved}`{으로} 갑니다(404). `https://{url}`{으로} 쓰세요.' },
        noPost: { en: 'Link `{url}` goes to no page of the site (a 404): no post is published at that URL. Write the URL of an existing post.', ko: '`{url}` 링크가 가리키는 페이지가 사이트에 없습니다(404). 그 URL로 게시되는 글이 없으니 있는 글의 URL을 쓰세요.' },
    },
    check(context, report) {
        const engine = context.engine.permalinks;
        if (engine !== 'jekyll' && engine !== 'hugo')
            return;
        const site = siteModel(context);
        for (const link of collectLinks(context))
            checkLink(context, site, link, report);
    },
}));
// ---------------------------------------------------------------------------------------------
// The links of a post
/** Markdown links, reference definitions that a link uses, and `<a href>` in HTML the engine keeps. Code is skipped. */
function collectLinks(context) {
    const { source } = context;
    const links = [];
    const definitions = new Map();
    const references = [];
    (0,unist_util_visit_lib/* visit */.YR)(context.tree, (node) => {
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml' || node.type === 'toml')
            return unist_util_visit_parents_lib/* SKIP */._Z;
        // GFM's literal autolinks (`www.x.com`) come without a position: external anyway.
        if (node.type === 'link') {
            if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined)
                links.push(fromLink(context, node));
        }
        else if (node.type === 'linkReference')
            references.push(node);
        else if (node.type === 'definition')
            definitions.set(node.identifier, node);
        else if (node.type === 'html' && context.engine.rawHtml)
            links.push(...link_target_anchors(context, node));
        return undefined;
    });
    const seen = new Set();
    for (const reference of references) {
        const definition = definitions.get(reference.identifier);
        if (!definition?.position || seen.has(definition.identifier))
            continue;
        seen.add(definition.identifier);
        const start = definition.position.start.offset;
        const end = definition.position.end.offset;
        const range = locateDestination(source.text, start, end, source.text.slice(start, end).indexOf(']:'));
        links.push({ url: definition.url, ...(range ? { range } : {}), position: range ? (0,post_source/* spanPosition */.wY)(source, ...range) : (0,post_source/* spanPosition */.wY)(source, start, end) });
    }
    return links;
}
function fromLink(context, node) {
    const start = node.position.start.offset;
    const end = node.position.end.offset;
    const text = context.source.text;
    // The `](` right after the link text (a link in the text, `[a]([b](c))`, has its own).
    const textEnd = node.children.at(-1)?.position?.end.offset ?? start + 1;
    const marker = text.indexOf('](', textEnd);
    // An autolink (`<https://…>`, a bare URL) has no `](`: it is external anyway.
    const range = text[end - 1] === ')' && marker !== -1 && marker < end ? locateDestination(text, start, end, marker - start) : undefined;
    return { url: node.url, ...(range ? { range } : {}), position: range ? (0,post_source/* spanPosition */.wY)(context.source, ...range) : (0,post_source/* spanPosition */.wY)(context.source, start, end) };
}
/** The destination after the marker at `markerAt` (relative to start): bare or in `<…>`. */
function locateDestination(text, start, end, markerAt) {
    if (markerAt === -1)
        return undefined;
    let at = start + markerAt + 2;
    while (at < end && /\s/.test(text[at]))
        at++;
    const angled = text[at] === '<';
    if (angled)
        at++;
    let stop = at;
    if (angled) {
        while (stop < end && text[stop] !== '>')
            stop++;
    }
    else {
        // CommonMark: balanced parentheses belong to the destination; `\)` is escaped.
        let depth = 0;
        for (; stop < end; stop++) {
            const char = text[stop];
            if (char === '\\') {
                stop++;
                continue;
            }
            if (/\s/.test(char))
                break;
            if (char === '(')
                depth++;
            else if (char === ')') {
                if (depth === 0)
                    break;
                depth--;
            }
        }
        stop = Math.min(stop, end);
    }
    return stop > at ? [at, stop] : undefined;
}
/** `<a … href="…">` in an HTML node: a scan per tag, no backtracking regex over the node. */
function link_target_anchors(context, node) {
    const found = [];
    const base = node.position?.start.offset;
    if (base === undefined)
        return found;
    const html = node.value;
    const open = /<a\s/gi;
    for (let match = open.exec(html); match; match = open.exec(html)) {
        const close = html.indexOf('>', match.index);
        if (close === -1)
            break;
        // The next `<a` is looked for after this tag: each character is read a bounded number of times.
        open.lastIndex = close + 1;
        const tag = html.slice(match.index, close);
        // The first `href=` and its quoted value, found without a backtracking pattern.
        const name = /\shref\s*=\s*/i.exec(tag);
        if (!name)
            continue;
        const quoteAt = name.index + name[0].length;
        const quote = tag[quoteAt];
        if (quote !== '"' && quote !== "'")
            continue;
        const end = tag.indexOf(quote, quoteAt + 1);
        if (end === -1)
            continue;
        const value = tag.slice(quoteAt + 1, end);
        const valueStart = base + match.index + quoteAt + 1;
        // Only when the node's text is the source's (not inside a list's or quote's indentation shift).
        if (context.source.text.slice(valueStart, valueStart + value.length) !== value)
            continue;
        found.push({ url: decodeEntities(value), range: [valueStart, valueStart + value.length], position: (0,post_source/* spanPosition */.wY)(context.source, valueStart, valueStart + value.length) });
    }
    return found;
}
function decodeEntities(text) {
    return text.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
}
/** Per URL index and repository (a run without an index still has its own repository's folders). */
const MODELS = new WeakMap();
const NO_INDEX = new WeakMap();
function siteModel(context) {
    const files = context.repo.files;
    let index = context.siteIndex;
    if (!index) {
        index = NO_INDEX.get(files) ?? { posts: [] };
        NO_INDEX.set(files, index);
    }
    let byIndex = MODELS.get(files);
    if (!byIndex)
        MODELS.set(files, (byIndex = new WeakMap()));
    let model = byIndex.get(index);
    if (model)
        return model;
    model = { posts: index.posts, byFile: new Map(), outputs: new Set(), loose: new Map(), looseAliases: new Set(), slugs: new Map(), shapes: new Set(), bundles: new Map(), dirs: new Set() };
    const add = (map, key, value) => {
        const group = map.get(key);
        if (group)
            group.push(value);
        else
            map.set(key, [value]);
    };
    for (const post of index.posts) {
        // A markdown file beside a leaf bundle's index is a resource of that page, not a page (Hugo).
        if (context.engine.permalinks === 'hugo' && inLeafBundle(context, post.file))
            continue;
        model.byFile.set(post.file, post);
        model.outputs.add(post.output);
        add(model.loose, looseKey(post.url), post);
        const segments = post.url.split('/').filter(Boolean);
        const last = segments.at(-1);
        if (last !== undefined)
            add(model.slugs, looseSegment(last), post);
        if (segments.length > 1)
            model.shapes.add(shapeOf(segments.slice(0, -1)));
        for (const alias of post.aliases ?? []) {
            // A relative alias (Hugo) is taken from the page's folder; from the root too, to be safe.
            const forms = alias.startsWith('/') ? [alias] : ['/' + alias, external_node_path_default().posix.join(external_node_path_default().posix.dirname(post.url.replace(/\/$/, '')), alias)];
            for (const form of forms) {
                const output = outputOf(form);
                if (output)
                    model.outputs.add(output);
                model.looseAliases.add(looseKey(form));
            }
        }
        if (/(^|\/)index\.[^/]+$/.test(post.file))
            model.bundles.set((post.url.endsWith('/') ? post.url : post.url + '/').replace(/^\//, ''), external_node_path_default().posix.dirname(post.file));
    }
    for (const file of context.repo.files) {
        let slash = file.lastIndexOf('/');
        while (slash > 0) {
            const dir = file.slice(0, slash);
            if (model.dirs.has(dir))
                break;
            model.dirs.add(dir);
            slash = dir.lastIndexOf('/');
        }
    }
    byIndex.set(index, model);
    return model;
}
function inLeafBundle(context, file) {
    const name = external_node_path_default().posix.basename(file);
    if (/^_?index\./.test(name))
        return false;
    const dir = external_node_path_default().posix.dirname(file);
    return ['index.md', 'index.markdown', 'index.html'].some((index) => context.repo.has(`${dir}/${index}`));
}
/** `/posts/x/` -> `posts/x/index.html`, `/x.pdf` -> `x.pdf`; a path without an extension -> both readings handled by `served`. */
function outputOf(url) {
    const clean = url.replace(/[?#].*$/, '').replace(/\/{2,}/g, '/').replace(/^\//, '');
    if (clean.split('/').includes('..'))
        return undefined;
    if (clean === '' || clean.endsWith('/'))
        return clean + 'index.html';
    const last = clean.split('/').pop();
    return last.includes('.') ? clean : clean + '/index.html';
}
function looseKey(url) {
    return url.normalize('NFC').toLowerCase().replace(/\/index\.html?$/, '/').replace(/\.html?$/, '').replace(/\/+$/, '');
}
function looseSegment(segment) {
    return segment.normalize('NFC').toLowerCase().replace(/\.html?$/, '');
}
/** Folder segments with numbers as `#`: `/2023/04/17/` and `/2024/01/02/` are one shape. */
function shapeOf(segments) {
    return '/' + segments.map((segment) => (/^\d+$/.test(segment) ? '#' : segment.normalize('NFC').toLowerCase())).join('/') + '/';
}
/** Whether the site serves this URL path (decoded, under the base URL, no query), as far as the linter can tell. */
function served(context, site, urlPath) {
    const clean = urlPath.replace(/\/{2,}/g, '/').replace(/^\//, '');
    const bare = clean.replace(/\/$/, '');
    // A folder is redirected to its slash, and GitHub Pages serves `x.html` for `/x`.
    const outputs = bare === '' ? ['index.html'] : [clean, `${bare}/index.html`, `${bare}.html`];
    if (outputs.some((output) => site.outputs.has(output) || site.outputs.has(output.normalize('NFC')) || site.outputs.has(output.normalize('NFD'))))
        return true;
    for (const output of outputs)
        if (servedFile(context, site, output))
            return true;
    return false;
}
/** A file the engine copies: under a public root (Jekyll: the repository, but not `_` or `.` folders), or beside a Hugo bundle's page. */
function servedFile(context, site, output) {
    for (const root of context.engine.publicRoots) {
        const file = root ? `${root}/${output}` : output;
        if (!context.repo.has(file))
            continue;
        if (context.engine.permalinks === 'jekyll' && output.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.')))
            continue;
        return true;
    }
    // A markdown file in a bundle is a page resource: Hugo does not copy it (checked).
    if (site.bundles.size === 0 || /\.(md|markdown|html?|org|adoc|rst)$/i.test(output))
        return false;
    for (let slash = output.indexOf('/'); slash !== -1; slash = output.indexOf('/', slash + 1)) {
        const dir = site.bundles.get(output.slice(0, slash + 1));
        if (dir !== undefined && context.repo.has(`${dir}/${output.slice(slash + 1)}`))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// One link
/** `nvie.com`, `www.x.org/a`, `github.com/u/r`: a host written without its scheme (common top-level domains only, so `index.html` or `a.md` is not one). */
const BARE_HOST = /^(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|kr|co|me|ai|app|edu|gov|jp|cn|uk|de|fr|info|xyz|page|blog|tech|us|ca|in|ly|so|gg|tv)(?:\/|$)/i;
const JEKYLL_PREFIX = /^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+/;
function checkLink(context, site, link, report) {
    const written = link.range ? context.source.text.slice(...link.range) : link.url;
    let url = link.url.trim();
    let baseGiven = false;
    if (context.engine.permalinks === 'jekyll') {
        const prefix = JEKYLL_PREFIX.exec(url)?.[0];
        if (prefix) {
            url = url.slice(prefix.length);
            baseGiven = true;
        }
    }
    // Other template code (`{% post_url %}`, `{{< relref >}}`) is the engine's to resolve (link-tag-target).
    if (url === '' || /\{\{|\{%|\}\}|%\}/.test(url))
        return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url.startsWith('?'))
        return;
    const suffixAt = (0,scan/* querySuffixStart */.oM)(url);
    const suffix = suffixAt === -1 ? '' : url.slice(suffixAt);
    let pathPart = link_target_decode(suffixAt === -1 ? url : url.slice(0, suffixAt)).replace(/\\/g, '/');
    if (pathPart === '')
        return;
    const post = site.byFile.get(context.file);
    const base = context.site.baseUrl.replace(/\/$/, '');
    const prefixText = baseGiven ? (JEKYLL_PREFIX.exec(written)?.[0] ?? '') : base;
    const withBase = (fixed) => prefixText + fixed + suffix;
    if (!pathPart.startsWith('/')) {
        // Published as written and resolved against the page: broken whatever the page's URL is.
        if (/^[[(]|\]\(/.test(url)) {
            const inner = [...new Set(url.match(/(?:https?:\/\/|mailto:)[^\s()[\]<>]+/gi) ?? [])];
            if (inner.length === 1 && link.range && written === link.url)
                report({ messageId: 'wrapped', data: { url: written, fixed: inner[0] }, position: link.position, fix: { edits: [{ range: link.range, text: inner[0] }] } });
            else
                report({ messageId: 'wrappedNoFix', data: { url: written }, position: link.position });
            return;
        }
        if (BARE_HOST.test(pathPart)) {
            report({ messageId: 'noScheme', data: { url: written, resolved: post ? link_target_decode(new URL(pathPart, `http://site${post.url}`).pathname) : pathPart }, position: link.position });
            return;
        }
        if (context.engine.linkHook)
            return;
        if (/\.(md|markdown)$/i.test(pathPart)) {
            // A note-linking plugin (Obsidian-style wiki links) may turn note links into page links too.
            if (context.engine.wikiLinks)
                return;
            checkMarkdownFile(context, site, link, written, pathPart, suffix, post, report);
            return;
        }
        if (!post)
            return;
        // The browser resolves it against the page's URL.
        let resolved;
        try {
            resolved = link_target_decode(new URL(pathPart, `http://site${post.url}`).pathname);
        }
        catch {
            return;
        }
        if (checkSitePath(context, site, link, written, resolved, withBase, report, false) !== 'unknown')
            return;
        // Nothing the site publishes is in the post's own URL folder besides what the linter knows
        // (static files, bundle files, posts): a link that lands there goes nowhere.
        const folder = post.url.endsWith('/') ? post.url : post.url.slice(0, post.url.lastIndexOf('/') + 1);
        if (folder !== '/' && resolved.startsWith(folder))
            report({ messageId: 'relative', data: { url: written, resolved }, position: link.position });
        return;
    }
    if (!baseGiven && base && base !== '/') {
        // A link without the base URL leaves the site: no verdict (the host may serve something there).
        if (pathPart !== base && !pathPart.startsWith(base + '/'))
            return;
        pathPart = pathPart.slice(base.length) || '/';
    }
    checkSitePath(context, site, link, written, pathPart, withBase, report);
}
function link_target_decode(text) {
    try {
        return decodeURI(text);
    }
    catch {
        return text;
    }
}
/** A root-relative site path (decoded, base URL removed) that the site may not serve: 'served', 'reported', or 'unknown' (no verdict). */
function checkSitePath(context, site, link, written, urlPath, rewrite, report, byShape = true) {
    if (urlPath.split('/').includes('..'))
        return 'unknown';
    if (served(context, site, urlPath))
        return 'served';
    const fix = (fixed) => (link.range ? { fix: { edits: [{ range: link.range, text: rewrite(fixed) }] } } : {});
    const clean = urlPath.replace(/\/{2,}/g, '/').replace(/^\//, '').replace(/\/$/, '');
    if (clean === '')
        return 'unknown';
    const inRepo = context.repo.has(clean) ? context.repo.spelling(clean) : undefined;
    // A folder of the repository (a Hugo section, a folder with an index page the linter does not model): no verdict.
    const contentDir = context.engine.hugoUrls?.contentDir ?? 'content';
    const folders = [clean, ...context.engine.publicRoots.map((root) => (root ? `${root}/${clean}` : clean)), ...(context.engine.permalinks === 'hugo' ? [`${contentDir}/${clean}`] : [])];
    if (!inRepo && folders.some((folder) => site.dirs.has(folder) || site.dirs.has(folder.normalize('NFC')) || site.dirs.has(folder.normalize('NFD'))))
        return 'unknown';
    // 1. A path of the repository, not of the site.
    if (inRepo) {
        const target = site.byFile.get(inRepo);
        const publicRoot = context.engine.publicRoots.find((root) => root !== '' && inRepo.startsWith(root + '/'));
        const fixed = target ? target.url : publicRoot ? siteUrlPath(inRepo, context.engine.publicRoots) : undefined;
        if (fixed)
            report({ messageId: 'repoPath', data: { url: written, fixed: rewrite(fixed) }, position: link.position, ...fix(fixed) });
        else
            report({ messageId: 'repoPathUnserved', data: { url: written }, position: link.position });
        return 'reported';
    }
    // 2. One post whose URL differs only in case, Unicode form, a slash or `.html`.
    const key = looseKey('/' + clean);
    if (site.looseAliases.has(key))
        return 'unknown';
    const near = site.loose.get(key) ?? [];
    if (near.length === 1) {
        const target = near[0];
        report({ messageId: 'near', data: { url: written, file: target.file, fixed: rewrite(target.url) }, position: link.position, ...fix(target.url) });
        return 'reported';
    }
    if (near.length > 1)
        return 'unknown';
    // A file under a public root with another case.
    for (const root of context.engine.publicRoots) {
        const loose = context.repo.findLoose(root ? `${root}/${clean}` : clean);
        if (!loose)
            continue;
        if (context.engine.permalinks === 'jekyll' && loose.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.')))
            continue;
        const fixed = siteUrlPath(loose, context.engine.publicRoots);
        report({ messageId: 'nearFile', data: { url: written, file: loose, fixed: rewrite(fixed) }, position: link.position, ...fix(fixed) });
        return 'reported';
    }
    // 3. Shaped like the site's post URLs (`/posts/<slug>/`, `/2024/01/02/<slug>.html`): a post that is not there.
    const segments = clean.split('/');
    const last = segments.at(-1);
    if (!byShape || segments.length < 2 || !site.shapes.has(shapeOf(segments.slice(0, -1))))
        return 'unknown';
    if (/\.[a-z0-9]+$/i.test(last) && !/\.html?$/i.test(last))
        return 'unknown';
    const sameSlug = site.slugs.get(looseSegment(last)) ?? [];
    if (sameSlug.length === 1) {
        const target = sameSlug[0];
        report({ messageId: 'near', data: { url: written, file: target.file, fixed: rewrite(target.url) }, position: link.position, ...fix(target.url) });
    }
    else
        report({ messageId: 'noPost', data: { url: written }, position: link.position });
    return 'reported';
}
/** `[b](b.md)`: published as written, so the browser asks for `<page URL>/b.md`. */
function checkMarkdownFile(context, site, link, written, pathPart, suffix, post, report) {
    let resolved;
    if (post) {
        try {
            resolved = link_target_decode(new URL(pathPart, `http://site${post.url}`).pathname);
        }
        catch {
            return;
        }
        if (served(context, site, resolved))
            return;
    }
    const shown = resolved ?? pathPart;
    const file = external_node_path_default().posix.join(external_node_path_default().posix.dirname(context.file), pathPart);
    const inRepo = file.startsWith('../') || file === '..' ? undefined : context.repo.spelling(file);
    const fixed = inRepo ? engineLink(context, site, inRepo) : undefined;
    if (fixed) {
        const text = fixed + suffix;
        report({ messageId: 'markdownFile', data: { url: written, resolved: shown, fixed: text }, position: link.position, ...(link.range ? { fix: { edits: [{ range: link.range, text }] } } : {}) });
    }
    else
        report({ messageId: 'markdownFileMissing', data: { url: written, resolved: shown }, position: link.position });
}
/** The engine's own link to a published file: Jekyll `{% post_url %}`/`{% link %}`, Hugo `relref`. */
function engineLink(context, site, file) {
    if (context.engine.permalinks === 'jekyll') {
        // Jekyll 3 (GitHub Pages' own build) leaves the base URL out of these tags: only without one.
        const base = context.site.baseUrl.replace(/\/$/, '');
        if (base !== '')
            return undefined;
        const segments = file.split('/');
        if (segments.slice(0, -1).includes('_posts'))
            return site.byFile.has(file) && !/\s/.test(file) ? `{% post_url ${segments.at(-1).replace(/\.[^.]+$/, '')} %}` : undefined;
        if (segments.some((segment) => segment.startsWith('_') || segment.startsWith('.')) || /\s/.test(file))
            return undefined;
        return `{% link ${file} %}`;
    }
    const contentDir = context.engine.hugoUrls?.contentDir ?? 'content';
    if (!site.byFile.has(file) || !file.startsWith(contentDir + '/') || /"/.test(file))
        return undefined;
    return `{{< relref "/${file.slice(contentDir.length + 1)}" >}}`;
}

;// CONCATENATED MODULE: ./src/rule-api/image-alts.ts
const PLACEHOLDERS = new Set(['alt', 'alt text', 'image', 'img', 'images', 'picture', 'photo', 'pic', 'screenshot', 'screen shot', 'untitled', 'placeholder', 'caption', 'enter image description here', 'description', '이미지', '사진', '그림', '스크린샷', '캡처', '캡쳐', '대체 텍스트']);
const FILE_NAME = /\.(png|jpe?g|gif|webp|svg|bmp|heic|avif)$/i;
const EDITOR_DEFAULT = /^(pasted image|image|screenshot|스크린샷|screen shot|kakaotalk_photo|img)[\s_-]*\d[\d\s_.:-]*$/i;
function isPlaceholderAlt(alt) {
    const text = alt.normalize('NFC').trim().toLowerCase();
    return PLACEHOLDERS.has(text) || FILE_NAME.test(text) || EDITOR_DEFAULT.test(text);
}
function bodyImages(images) {
    return images.filter((image) => image.kind !== 'frontmatter');
}
function image_alts_at(image) {
    return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}

;// CONCATENATED MODULE: ./src/rules/image-alt-missing.ts


/* harmony default export */ const image_alt_missing = ((0,rule/* defineRule */.K)({
    id: 'image-alt-missing',
    category: 'markdown',
    severity: 'warning',
    fixable: false,
    options: {},
    docs: {
        en: 'Images have alt text (`![what it shows](...)`): screen readers read it, and it shows when the image fails to load.',
        ko: '이미지에는 대체 텍스트(`![무엇을 보여 주는지](...)`)를 씁니다. 스크린 리더가 읽어 주고, 이미지가 안 뜰 때 보입니다.',
    },
    messages: {
        missing: { en: 'Image `{url}` has no alt text; describe what it shows.', ko: '이미지 `{url}`에 대체 텍스트가 없습니다. 무엇을 보여 주는지 적어 주세요.' },
    },
    check(context, report) {
        for (const image of bodyImages(context.images)) {
            // In HTML, an explicit `alt=""` marks a decorative image on purpose; only a missing attribute is a miss.
            if (image.kind === 'html' && image.alt !== undefined)
                continue;
            if ((image.alt ?? '').trim() === '')
                report({ messageId: 'missing', data: { url: image.url }, position: image_alts_at(image) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-alt-placeholder.ts


/* harmony default export */ const image_alt_placeholder = ((0,rule/* defineRule */.K)({
    id: 'image-alt-placeholder',
    category: 'markdown',
    severity: 'warning',
    fixable: false,
    options: {},
    docs: {
        en: 'Alt text describes the image, not the editor\'s default (`Alt`, `image`, `Pasted image 2024...png`, a file name).',
        ko: '대체 텍스트는 편집기 기본값(`Alt`, `image`, `Pasted image 2024...png`, 파일 이름)이 아니라 이미지 내용을 설명해야 합니다.',
    },
    messages: {
        placeholder: { en: 'Alt text "{alt}" is a placeholder; describe what the image shows.', ko: '대체 텍스트("{alt}")는 임시 값입니다. 이미지가 보여 주는 내용을 적어 주세요.' },
    },
    check(context, report) {
        for (const image of bodyImages(context.images)) {
            const alt = (image.alt ?? '').trim();
            if (alt !== '' && isPlaceholderAlt(alt))
                report({ messageId: 'placeholder', data: { alt }, position: image_alts_at(image) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rule-api/image-targets.ts


/** `viaEngine`: the file was found only where the engine's own rules put it (a bundle, an asset folder, a page URL). */
const resolved = new WeakMap();
function targets(context) {
    let list = resolved.get(context);
    if (!list) {
        const data = context.frontmatter?.data ?? {};
        const subpath = [data.media_subpath, data.img_path].find((value) => typeof value === 'string');
        list = context.images.map((image) => {
            const target = resolveImage(image.url, {
                postFile: context.file,
                publicRoots: context.engine.publicRoots,
                baseUrl: context.site.baseUrl,
                ...(subpath ? { mediaSubpath: subpath } : {}),
                ...(context.site.cdn ? { cdn: context.site.cdn } : {}),
            });
            if (target.kind !== 'repo')
                return { image, target };
            const rootCandidates = target.candidates.length;
            // The engine knows more places than the roots: bundles, asset folders, aliases, page URLs.
            for (const extra of context.engine.imageCandidates(target.path, context.file, image.kind === 'frontmatter'))
                if (!target.candidates.includes(extra))
                    target.candidates.push(extra);
            return { image, target, rootCandidates, unknowable: context.engine.imageUnknowable(target.path, context.file) };
        });
        resolved.set(context, list);
    }
    return list;
}
/**
 * Where a `file:///` URL's path is in the repo: `file:///assets/a.png` as a site path, or
 * `file:///Users/me/blog/assets/a.png` by its longest tail that the repo has (`assets/a.png`).
 */
function fileUrlInRepo(context, filePath) {
    const candidates = context.engine.publicRoots.map((root) => (root ? `${root}${filePath}` : filePath.slice(1)));
    const found = candidates.find((candidate) => context.repo.has(candidate));
    if (found)
        return { path: context.repo.spelling(found), exists: true };
    const segments = filePath.split('/').filter(Boolean);
    // A tail with more segments than any file in the repo cannot be one: start where one could be
    // (a long `a/a/a/...` path was a quadratic number of joins and lookups).
    const deepest = deepestPath(context.repo.files);
    for (let start = Math.max(1, segments.length - deepest); start < segments.length - 1; start++) {
        const tail = segments.slice(start).join('/');
        for (const root of context.engine.publicRoots) {
            const candidate = root ? `${root}/${tail}` : tail;
            if (context.repo.has(candidate))
                return { path: context.repo.spelling(candidate), exists: true };
        }
    }
    return { path: candidates[0], exists: false };
}
const depthCache = new WeakMap();
/** The most segments any repo file has (`a/b/c.png`: 3). */
function deepestPath(files) {
    let deepest = depthCache.get(files);
    if (deepest === undefined) {
        deepest = 0;
        for (const file of files) {
            let count = 1;
            for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1))
                count++;
            if (count > deepest)
                deepest = count;
        }
        depthCache.set(files, deepest);
    }
    return deepest;
}
function image_targets_at(image) {
    return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}
function spacePolicy(context) {
    return context.options('image-url-style').spaces === 'raw' ? 'raw' : 'encode';
}
function mediaSubpath(context) {
    const data = context.frontmatter?.data ?? {};
    return [data.media_subpath, data.img_path].find((value) => typeof value === 'string');
}
/** A fix that puts `url` where the image's URL is written; none when it cannot be located. */
function replaceUrl(image, url) {
    return image.urlRange ? { edits: [{ range: image.urlRange, text: url }] } : undefined;
}
/** The site path for a repo file, per preset: root-absolute (Jekyll) or as the author wrote it. */
function preferredUrl(context, target, actual) {
    const subpath = mediaSubpath(context);
    return canonicalUrl(target, actual, {
        postFile: context.file,
        publicRoots: context.engine.publicRoots,
        preferAbsolute: context.engine.rootAbsoluteImages,
        spaces: spacePolicy(context),
        ...(subpath ? { mediaSubpath: subpath } : {}),
    });
}
/** The one file in the repo with this base name, when there is exactly one. */
function uniqueByBaseName(context, written) {
    const baseName = (0,scan/* withoutQuery */.j$)(written.replace(/\\/g, '/')).split('/').pop() ?? '';
    if (!baseName)
        return undefined;
    let decoded = baseName;
    try {
        decoded = decodeURIComponent(baseName);
    }
    catch {
        // keep as written
    }
    const matches = context.repo.byBaseName(decoded);
    return matches.length === 1 ? matches[0] : undefined;
}

;// CONCATENATED MODULE: ./src/rules/image-file-url.ts
// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.



/* harmony default export */ const image_file_url = ((0,rule/* defineRule */.K)({
    id: 'image-file-url',
    category: 'images',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Images are not `file:///` URLs: they point at the writer\'s own disk and break for every reader.',
        ko: '이미지 경로에 `file:///` URL을 쓰지 않습니다. 글쓴이 컴퓨터의 파일을 가리켜 독자에게는 깨져 보입니다.',
    },
    messages: {
        fileUrl: { en: 'Image `{url}` is a `file:///` URL that only works on the writer\'s computer; link `{fixed}` instead.', ko: '`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL입니다. `{fixed}`{으로} 바꾸세요.' },
        fileUrlMissing: { en: 'Image `{url}` is a `file:///` URL that only works on the writer\'s computer, and `{path}` is not in the repository either: commit the image and link it.', ko: '`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL이고, 저장소에도 `{path}` 파일이 없습니다. 이미지를 커밋하고 그 경로로 바꾸세요.' },
    },
    check(context, report) {
        for (const { image, target } of targets(context)) {
            if (target.kind !== 'file-url')
                continue;
            const inRepo = fileUrlInRepo(context, target.path);
            const fixed = encodePath(siteUrlPath(inRepo.path, context.engine.publicRoots), spacePolicy(context));
            const fix = inRepo.exists ? replaceUrl(image, fixed) : undefined;
            report({ messageId: inRepo.exists ? 'fileUrl' : 'fileUrlMissing', data: { url: image.url, path: inRepo.path, fixed }, position: image_targets_at(image), ...(fix ? { fix } : {}) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-local-path.ts
// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.



/* harmony default export */ const image_local_path = ((0,rule/* defineRule */.K)({
    id: 'image-local-path',
    category: 'images',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Images are not paths on the writer\'s machine (`C:\\Users\\...`, `/Users/me/...`, Typora\'s `typora-user-images`): the image was never committed.',
        ko: '이미지 경로가 글쓴이 컴퓨터 경로(`C:\\Users\\...`, `/Users/me/...`, Typora의 `typora-user-images`)면 안 됩니다. 이미지가 커밋되지 않았습니다.',
    },
    messages: {
        localPath: { en: 'Image `{url}` is a path on the writer\'s computer, so the image was never committed; add it to the repository and link it from there.', ko: '`{url}` 이미지는 글쓴이 컴퓨터의 경로라서 이미지가 커밋되지 않았습니다. 저장소에 추가하고 그 경로로 바꾸세요.' },
        localPathFound: { en: 'Image `{url}` is a path on the writer\'s computer; the repository has the same file at `{path}`: link `{fixed}`.', ko: '`{url}` 이미지는 글쓴이 컴퓨터의 경로입니다. 저장소의 `{path}` 파일과 이름이 같으니 `{fixed}`{으로} 바꾸세요.' },
    },
    check(context, report) {
        for (const { image, target } of targets(context)) {
            if (target.kind !== 'os-absolute')
                continue;
            const match = uniqueByBaseName(context, image.url);
            if (!match) {
                report({ messageId: 'localPath', data: { url: image.url }, position: image_targets_at(image) });
                continue;
            }
            const fixed = encodePath(siteUrlPath(match, context.engine.publicRoots), spacePolicy(context));
            const fix = replaceUrl(image, fixed);
            report({ messageId: 'localPathFound', data: { url: image.url, path: match, fixed }, position: image_targets_at(image), ...(fix ? { fix } : {}) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-outside-repo.ts
// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.


/* harmony default export */ const image_outside_repo = ((0,rule/* defineRule */.K)({
    id: 'image-outside-repo',
    category: 'images',
    severity: 'error',
    fixable: false,
    options: {},
    docs: {
        en: 'Image paths stay inside the repository (no `../` past its root, no symlink leading out); such a file is never published, and the linter does not read it.',
        ko: '이미지 경로는 저장소 안에 있어야 합니다(루트를 벗어나는 `../`나 밖을 가리키는 심볼릭 링크 금지). 그런 파일은 게시되지 않고, 검사기도 읽지 않습니다.',
    },
    messages: {
        outside: { en: 'Image `{url}` points outside the repository, so it will not be published: copy the image into the repository and link it from there.', ko: '`{url}` 이미지는 저장소 밖을 가리켜 게시되지 않습니다. 이미지를 저장소 안으로 복사하고 그 경로로 바꾸세요.' },
    },
    check(context, report) {
        for (const { image, target } of targets(context)) {
            const escapes = target.kind === 'outside' || (target.kind === 'repo' && !target.candidates.some((candidate) => context.repo.has(candidate)) && target.candidates.some((candidate) => context.repo.escapes(candidate)));
            if (escapes)
                report({ messageId: 'outside', data: { url: image.url }, position: image_targets_at(image) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-missing.ts
// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.


/* harmony default export */ const image_missing = ((0,rule/* defineRule */.K)({
    id: 'image-missing',
    category: 'images',
    severity: 'error',
    fixable: true,
    options: {},
    docs: {
        en: 'Local images exist in the repository, with the exact case (GitHub Pages is case-sensitive, macOS is not).',
        ko: '로컬 이미지는 저장소에 대소문자까지 똑같이 있어야 합니다(GitHub Pages는 대소문자를 구분하고 macOS는 구분하지 않습니다).',
    },
    messages: {
        missing: { en: 'Image `{url}` does not exist in the repository (looked for `{path}`): add the file, or correct the path.', ko: '`{url}` 이미지가 저장소에 없습니다(`{path}` 경로를 찾아봄). 파일을 추가하거나 경로를 고치세요.' },
        caseMismatch: { en: 'Image `{url}` is `{actual}` on disk: the case differs, so it breaks on GitHub Pages; write `{fixed}`.', ko: '이미지 `{url}`의 실제 파일은 `{actual}`입니다. 대소문자가 달라 GitHub Pages에서 깨지니 `{fixed}`{으로} 쓰세요.' },
    },
    check(context, report) {
        // file:/// and OS paths are reported (with where the file would be) by their own rules.
        for (const { image, target, unknowable } of targets(context)) {
            if (target.kind !== 'repo')
                continue;
            const candidates = target.candidates;
            if (candidates.some((candidate) => context.repo.has(candidate) || context.repo.escapes(candidate)))
                continue;
            const loose = candidates.map((candidate) => context.repo.findLoose(candidate)).find((found) => found !== undefined);
            // A render hook (or a site's own code) may serve it from anywhere: a file not found is no
            // verdict there; a file found with another case still is.
            if (unknowable && !loose)
                continue;
            if (loose) {
                const fixed = preferredUrl(context, target, loose);
                const fix = replaceUrl(image, fixed);
                report({ messageId: 'caseMismatch', data: { url: image.url, actual: loose, fixed }, position: image_targets_at(image), ...(fix ? { fix } : {}) });
            }
            else
                report({ messageId: 'missing', data: { url: image.url, path: candidates[0] }, position: image_targets_at(image) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-url-style.ts
// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.


/* harmony default export */ const image_url_style = ((0,rule/* defineRule */.K)({
    id: 'image-url-style',
    category: 'images',
    severity: 'warning',
    fixable: true,
    options: { spaces: { type: 'enum', values: ['encode', 'raw'] } },
    docs: {
        en: 'Local image URLs are written one way: `/` separators, spaces as `%20` (option `spaces: raw` keeps them), and root-absolute on Jekyll, where permalinks break relative paths (Hugo bundles and Chirpy `media_subpath` keep relative names).',
        ko: '로컬 이미지 URL은 한 가지 형식으로 씁니다. 구분자는 `/`, 공백은 `%20`(옵션 `spaces: raw`면 그대로), Jekyll에서는 퍼머링크 때문에 상대 경로가 깨지므로 루트 기준 절대 경로로 씁니다(Hugo 번들과 Chirpy `media_subpath`는 상대 이름 유지).',
    },
    messages: {
        style: { en: 'Write image `{url}` as `{fixed}`.', ko: '`{url}` 이미지 경로는 `{fixed}`{으로} 쓰세요.' },
    },
    check(context, report) {
        for (const { image, target, rootCandidates } of targets(context)) {
            // Jekyll's `{{ "/x.png" | relative_url }}` is the form its docs recommend: never rewritten.
            if (target.kind !== 'repo' || !image.urlRange || target.liquidFilter)
                continue;
            // Only files that exist with this exact spelling: a case mismatch is image-missing's to fix.
            const index = target.candidates.findIndex((candidate) => context.repo.has(candidate));
            // A file the engine's own rules found (an asset folder, a page URL) is written the engine's way already.
            if (index === -1 || index >= (rootCandidates ?? Infinity))
                continue;
            const found = target.candidates[index];
            // The stored spelling: an NFC link to an NFD file name (or the reverse) 404s on a Linux server.
            const fixed = preferredUrl(context, target, context.repo.spelling(found));
            const written = context.source.text.slice(image.urlRange[0], image.urlRange[1]);
            if (written === fixed)
                continue;
            report({ messageId: 'style', data: { url: written, fixed }, position: image_targets_at(image), fix: { edits: [{ range: image.urlRange, text: fixed }] } });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-insecure.ts
// Images served from elsewhere: `http://` is blocked as mixed content on an https blog, and
// (optionally) images hot-linked from other people's hosts break when they move.

/* harmony default export */ const image_insecure = ((0,rule/* defineRule */.K)({
    id: 'image-insecure',
    category: 'images',
    severity: 'warning',
    fixable: true,
    options: {},
    docs: {
        en: 'Remote images use `https://`: GitHub Pages and most hosts serve the blog over https, and browsers block or flag `http://` images on it (mixed content).',
        ko: '원격 이미지는 `https://`로 씁니다. 블로그가 https로 제공되면 브라우저가 `http://` 이미지를 막거나 경고합니다(혼합 콘텐츠).',
    },
    messages: {
        insecure: { en: 'Image `{url}` is loaded over http; use `{fixed}`.', ko: '`{url}` 이미지는 http로 불러옵니다. `{fixed}`{을} 쓰세요.' },
    },
    check(context, report) {
        for (const image of context.images) {
            if (!/^http:\/\//i.test(image.url.trim()))
                continue;
            const fixed = image.url.trim().replace(/^http:/i, 'https:');
            const position = { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
            const written = image.urlRange ? context.source.text.slice(image.urlRange[0], image.urlRange[1]) : '';
            const fix = image.urlRange && /^http:/i.test(written) ? { edits: [{ range: [image.urlRange[0], image.urlRange[0] + 5], text: 'https:' }] } : undefined;
            report({ messageId: 'insecure', data: { url: image.url, fixed }, position, ...(fix ? { fix } : {}) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/image-hotlink.ts
// Images served from elsewhere: `http://` is blocked as mixed content on an https blog, and
// (optionally) images hot-linked from other people's hosts break when they move.

/* harmony default export */ const image_hotlink = ((0,rule/* defineRule */.K)({
    id: 'image-hotlink',
    category: 'images',
    severity: 'off',
    fixable: false,
    options: { allow: { type: 'string-list' } },
    docs: {
        en: 'Off by default. Images come from the blog itself or from hosts listed in the option `allow` (e.g. your CDN); others can vanish, change or track readers.',
        ko: '기본값은 꺼짐. 이미지는 블로그 자체나 옵션 `allow`에 적은 호스트(예: 내 CDN)에서만 가져옵니다. 다른 곳의 이미지는 사라지거나 바뀌거나 독자를 추적할 수 있습니다.',
    },
    messages: {
        hotlink: { en: 'Image `{url}` is hot-linked from {host}; copy it into the repository or add the host to `allow`.', ko: '`{url}` 이미지는 {host}에서 직접 가져옵니다. 저장소에 복사하거나 호스트를 `allow`에 추가하세요.' },
    },
    check(context, report) {
        const allow = Array.isArray(context.options('image-hotlink').allow) ? context.options('image-hotlink').allow.map(String) : [];
        for (const image of context.images) {
            let host;
            try {
                const url = new URL(image.url.trim().replace(/^\/\//, 'https://'));
                if (url.protocol !== 'http:' && url.protocol !== 'https:')
                    continue;
                host = url.hostname;
            }
            catch {
                continue;
            }
            if (allow.some((allowed) => host === allowed || host.endsWith('.' + allowed)))
                continue;
            report({ messageId: 'hotlink', data: { url: image.url, host }, position: { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn } });
        }
    },
}));

// EXTERNAL MODULE: ./node_modules/vfile/lib/index.js + 1 modules
var vfile_lib = __webpack_require__(4413);
// EXTERNAL MODULE: ./node_modules/remark-lint/index.js + 4 modules
var remark_lint = __webpack_require__(3119);
// EXTERNAL MODULE: ./node_modules/remark-lint-blockquote-indentation/index.js
var remark_lint_blockquote_indentation = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/remark-lint-checkbox-character-style/index.js
var remark_lint_checkbox_character_style = __webpack_require__(5425);
// EXTERNAL MODULE: ./node_modules/remark-lint-code-block-style/index.js
var remark_lint_code_block_style = __webpack_require__(6299);
// EXTERNAL MODULE: ./node_modules/remark-lint-emphasis-marker/index.js
var remark_lint_emphasis_marker = __webpack_require__(5765);
// EXTERNAL MODULE: ./node_modules/remark-lint-fenced-code-marker/index.js
var remark_lint_fenced_code_marker = __webpack_require__(5534);
// EXTERNAL MODULE: ./node_modules/remark-lint-final-newline/index.js
var remark_lint_final_newline = __webpack_require__(6363);
// EXTERNAL MODULE: ./node_modules/remark-lint-hard-break-spaces/index.js
var remark_lint_hard_break_spaces = __webpack_require__(5511);
// EXTERNAL MODULE: ./node_modules/remark-lint-heading-increment/index.js
var remark_lint_heading_increment = __webpack_require__(6624);
// EXTERNAL MODULE: ./node_modules/remark-lint-heading-style/index.js + 1 modules
var remark_lint_heading_style = __webpack_require__(1687);
// EXTERNAL MODULE: ./node_modules/remark-lint-link-title-style/index.js
var remark_lint_link_title_style = __webpack_require__(7929);
// EXTERNAL MODULE: ./node_modules/remark-lint-list-item-bullet-indent/index.js
var remark_lint_list_item_bullet_indent = __webpack_require__(446);
// EXTERNAL MODULE: ./node_modules/remark-lint-list-item-content-indent/index.js
var remark_lint_list_item_content_indent = __webpack_require__(2023);
// EXTERNAL MODULE: ./node_modules/remark-lint-list-item-indent/index.js
var remark_lint_list_item_indent = __webpack_require__(471);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-blockquote-without-marker/index.js
var remark_lint_no_blockquote_without_marker = __webpack_require__(3511);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-duplicate-definitions/index.js
var remark_lint_no_duplicate_definitions = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-empty-url/index.js
var remark_lint_no_empty_url = __webpack_require__(5233);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-heading-content-indent/index.js
var remark_lint_no_heading_content_indent = __webpack_require__(3071);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-literal-urls/index.js
var remark_lint_no_literal_urls = __webpack_require__(2992);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-shortcut-reference-image/index.js
var remark_lint_no_shortcut_reference_image = __webpack_require__(6354);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-shortcut-reference-link/index.js
var remark_lint_no_shortcut_reference_link = __webpack_require__(8269);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-undefined-references/index.js + 1 modules
var remark_lint_no_undefined_references = __webpack_require__(2948);
// EXTERNAL MODULE: ./node_modules/remark-lint-no-unused-definitions/index.js
var remark_lint_no_unused_definitions = __webpack_require__(5837);
// EXTERNAL MODULE: ./node_modules/remark-lint-ordered-list-marker-style/index.js
var remark_lint_ordered_list_marker_style = __webpack_require__(4771);
// EXTERNAL MODULE: ./node_modules/remark-lint-ordered-list-marker-value/index.js
var remark_lint_ordered_list_marker_value = __webpack_require__(1639);
// EXTERNAL MODULE: ./node_modules/remark-lint-rule-style/index.js
var remark_lint_rule_style = __webpack_require__(9276);
// EXTERNAL MODULE: ./node_modules/remark-lint-strong-marker/index.js
var remark_lint_strong_marker = __webpack_require__(9782);
// EXTERNAL MODULE: ./node_modules/remark-lint-table-cell-padding/index.js
var remark_lint_table_cell_padding = __webpack_require__(1545);
// EXTERNAL MODULE: ./node_modules/remark-lint-unordered-list-marker-style/index.js
var remark_lint_unordered_list_marker_style = __webpack_require__(8214);
;// CONCATENATED MODULE: ./src/rules/remark-lint.ts































/** final-newline's fix: the file's own line ending (CRLF when it uses CRLF), appended. */
function appendLineEnding(source) {
    const { text } = source;
    if (text === '' || text.endsWith('\n'))
        return undefined;
    // A lone `\r` at the end is half a CRLF: complete it.
    const ending = text.endsWith('\r') ? '\n' : source.eol;
    return { edits: [{ range: [text.length, text.length], text: ending }] };
}
function withFix(rule, fix) {
    return { ...rule, fixable: true, fix };
}
const LINKS = ['definition', 'image', 'link'];
const DEFINITIONS = ['definition', 'footnoteDefinition'];
const HEADINGS = ['heading'];
const LIST_ITEMS = ['listItem'];
const CODE = ['code'];
/** Which node types each rule visits; rules not listed here always run. */
const NODE_TYPES = {
    // heading-increment also reads `<h1>`-`<h6>` in HTML (and MDX JSX).
    'heading-increment': ['heading', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement'],
    'no-empty-url': LINKS,
    'unordered-list-marker-style': LIST_ITEMS,
    'ordered-list-marker-style': LIST_ITEMS,
    'no-unused-definitions': DEFINITIONS,
    'no-duplicate-definitions': DEFINITIONS,
    'no-heading-content-indent': HEADINGS,
    'no-blockquote-without-marker': ['blockquote'],
    'checkbox-character-style': LIST_ITEMS,
    'code-block-style': CODE,
    'fenced-code-marker': CODE,
    'emphasis-marker': ['emphasis'],
    'strong-marker': ['strong'],
    'heading-style': HEADINGS,
    'link-title-style': LINKS,
};
function remarkRule(id, plugin, severity, docs, messages, read, option) {
    // Said when remark-lint words a message in a way `read` does not know (a new remark-lint version).
    const fallback = { en: `This line does not follow the \`${id}\` rule: change it as the rule's description in the README says.`, ko: `이 줄이 \`${id}\` 규칙에 맞지 않습니다. README의 규칙 설명대로 고치세요.` };
    const once = option === 'consistent';
    const rule = {
        id,
        category: 'markdown',
        severity,
        fixable: false,
        options: {},
        docs,
        messages: once ? withMoreLikeThis({ ...messages, fallback }) : { ...messages, fallback },
        plugin,
        check(context, report) {
            reportMessages(this, context, report);
        },
        read(reason) {
            const reading = read(reason, [...reason.matchAll(/`([^`]*)`/g)].map((match) => match[1]));
            return reading ? { messageId: reading.messageId, data: reading.data ?? {} } : undefined;
        },
    };
    if (option !== undefined)
        rule.option = option;
    if (once)
        rule.oncePerFile = true;
    if (NODE_TYPES[id])
        rule.nodeTypes = NODE_TYPES[id];
    return rule;
}
/** A style-consistency rule says each thing once a post, with how many more there are. */
const MORE_LIKE_THIS = { en: '(and {more} more like it in this post)', ko: '(이 글에 같은 문제가 {more}개 더 있습니다)' };
const MORE = ':more';
function withMoreLikeThis(messages) {
    const all = { ...messages };
    for (const [id, text] of Object.entries(messages))
        all[id + MORE] = { en: `${text.en} ${MORE_LIKE_THIS.en}`, ko: `${text.ko} ${MORE_LIKE_THIS.ko}` };
    return all;
}
/** remark-lint's messages for this rule, as our reports: its wording read for its values, the message ours. */
function reportMessages(rule, context, report) {
    const messages = context.remarkMessages.get(rule.id) ?? [];
    const more = messages.length - 1;
    for (const message of rule.oncePerFile ? messages.slice(0, 1) : messages) {
        // A wording `read` does not know (a new remark-lint version) gets the fallback message.
        const reading = rule.read(message.reason) ?? { messageId: 'fallback', data: {} };
        const messageId = rule.oncePerFile && more > 0 ? reading.messageId + MORE : reading.messageId;
        const fix = rule.fix?.(context.source);
        report({ messageId, data: { ...reading.data, more }, position: message, ...(fix ? { fix } : {}) });
    }
}
/** "1 space" / "3 spaces", for English messages (Korean counts with 칸). */
function spaces(count) {
    return `${count} space${Number(count) === 1 ? '' : 's'}`;
}
const isCount = (value) => value !== undefined && /^\d+$/.test(value);
// Off by default: rules that flag what renders fine on every blog engine (bare URLs that GFM
// links, two-space hard breaks, pasted tables' padding, indent styles, `[보안]`-style brackets
// that render as text).
const remarkLintRules = [
    remarkRule('heading-increment', remark_lint_heading_increment/* default */.A, 'warning', { en: 'Headings go down one level at a time (no h2 followed by h4).', ko: '제목 단계는 한 번에 한 단계씩만 내려갑니다(h2 다음에 h4 금지).' }, {
        skipped: {
            en: 'This heading jumps from level {parent} to level {actual}: make it level {expected} (`{hashes}`), so no level is skipped.',
            ko: '제목이 {parent}단계에서 {actual}단계로 건너뜁니다. 단계를 건너뛰지 않게 {expected}단계 제목(`{hashes}`)으로 바꾸세요.',
        },
    }, 
    // "Unexpected heading rank `4`, exected rank `3`" (remark-lint's typo)
    (_, [actual, expected]) => (isCount(actual) && isCount(expected) ? { messageId: 'skipped', data: { actual, expected, parent: Number(expected) - 1, hashes: '#'.repeat(Number(expected)) } } : undefined)),
    remarkRule('no-empty-url', remark_lint_no_empty_url/* default */.A, 'error', { en: 'Links and images need a URL: `[text]()` goes nowhere.', ko: '링크와 이미지에는 URL이 있어야 합니다. `[글]()`은 아무 데도 가지 않습니다.' }, {
        link: { en: 'This link has an empty URL, so it goes nowhere: put the address between the parentheses, or remove the link.', ko: 'URL이 비어 있어 아무 데도 가지 않는 링크입니다. 괄호 안에 주소를 넣거나 링크를 지우세요.' },
        image: { en: 'This image has an empty URL, so nothing is shown: put the image\'s path between the parentheses, or remove the image.', ko: 'URL이 비어 있어 아무것도 보이지 않는 이미지입니다. 괄호 안에 이미지 경로를 넣거나 이미지를 지우세요.' },
        definition: { en: 'This link definition has an empty URL: write the address after the colon, or remove the definition.', ko: 'URL이 비어 있는 링크 정의입니다. 콜론 뒤에 주소를 적거나 정의를 지우세요.' },
    }, 
    // "Unexpected empty link URL referencing the current document, expected URL"
    (reason) => {
        const kind = /^Unexpected empty (link|image|definition) URL/.exec(reason)?.[1];
        return kind ? { messageId: kind } : undefined;
    }),
    remarkRule('unordered-list-marker-style', remark_lint_unordered_list_marker_style/* default */.A, 'warning', { en: 'Bullet lists use one marker (`-`, `*` or `+`) throughout the post.', ko: '글머리 목록은 한 글 안에서 한 가지 기호(`-`, `*`, `+`)만 씁니다.' }, {
        marker: {
            en: 'This list item starts with `{actual}`, but the post\'s first list uses `{expected}`: start every list item with `{expected}`.',
            ko: '이 목록 항목은 `{actual}` 기호로 시작하지만 글의 첫 목록은 `{expected}` 기호를 씁니다. 모든 목록 항목을 `{expected}` 기호로 시작하세요.',
        },
    }, 
    // "Unexpected unordered list marker `*`, expected `-`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual, expected } } : undefined), 'consistent'),
    remarkRule('ordered-list-marker-style', remark_lint_ordered_list_marker_style/* default */.A, 'warning', { en: 'Numbered lists use one delimiter (`1.` or `1)`) throughout the post.', ko: '번호 목록은 한 가지 구분자(`1.` 또는 `1)`)만 씁니다.' }, {
        marker: {
            en: 'This numbered item is written `1{actual}`, but the post\'s first numbered list uses `1{expected}`: write every number with `{expected}`.',
            ko: '이 번호 항목은 `1{actual}` 형식이지만 글의 첫 번호 목록은 `1{expected}` 형식입니다. 모든 번호 뒤에 `{expected}` 기호를 쓰세요.',
        },
    }, 
    // "Unexpected ordered list marker `)`, expected `.`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual, expected } } : undefined), 'consistent'),
    remarkRule('ordered-list-marker-value', remark_lint_ordered_list_marker_value/* default */.A, 'off', { en: 'Numbered list values follow one style.', ko: '번호 목록의 숫자는 한 가지 방식으로 매깁니다.' }, {
        value: {
            en: 'This list item is numbered {actual}, but the list\'s numbering makes it {expected}: write `{expected}.` here.',
            ko: '이 목록 항목의 번호는 {actual}{이}지만 목록의 번호 매김대로라면 {expected}입니다. 번호를 {expected}{으로} 고치세요.',
        },
    }, 
    // "Unexpected ordered list item value `3`, expected `2`"
    (_, [actual, expected]) => (isCount(actual) && isCount(expected) ? { messageId: 'value', data: { actual, expected } } : undefined), 'consistent'),
    remarkRule('no-undefined-references', remark_lint_no_undefined_references/* default */.A, 'off', { en: '`[text]` and `![[image]]` need a matching definition, or the brackets show up as text.', ko: '`[글]`, `![[이미지]]`에는 대응하는 정의가 있어야 합니다. 없으면 대괄호가 그대로 보입니다.' }, {
        undefined: {
            en: '`[{label}]` refers to a definition the post does not have, so the brackets show as text: add a line `[{label}]: https://…`, or write `\\[` if the brackets are meant as text.',
            ko: '`[{label}]`{이} 가리키는 정의가 글에 없어 대괄호가 글자로 보입니다. `[{label}]: https://…` 줄을 추가하거나, 대괄호를 글자로 쓰려면 `\\[`처럼 쓰세요.',
        },
    }, 
    // "Unexpected reference to undefined definition, expected corresponding definition (`x`) for a link or escaped opening bracket (`\[`) for regular text"
    (reason, [label]) => (label !== undefined && reason.startsWith('Unexpected reference to undefined definition') ? { messageId: 'undefined', data: { label } } : undefined)),
    remarkRule('no-unused-definitions', remark_lint_no_unused_definitions/* default */.A, 'warning', { en: 'Link definitions that nothing uses are dead weight.', ko: '아무도 쓰지 않는 링크 정의입니다.' }, {
        definition: {
            en: 'Nothing links to the definition `[{label}]`: link to it with `[text][{label}]`, or remove the definition.',
            ko: '링크 정의 `[{label}]`{을} 쓰는 곳이 없습니다. `[글][{label}]`처럼 링크하거나 정의를 지우세요.',
        },
        footnote: {
            en: 'The footnote `[^{label}]` is never cited: cite it with `[^{label}]` in the text, or remove the footnote.',
            ko: '각주 `[^{label}]`{을} 본문에서 쓰지 않습니다. 본문에 `[^{label}]`{을} 넣거나 각주를 지우세요.',
        },
    }, 
    // "Unexpected unused (footnote )?definition, expected no definition or one or more (footnote )?references to `x`"
    (reason, values) => {
        const label = values.at(-1);
        if (label === undefined || !reason.startsWith('Unexpected unused '))
            return undefined;
        return { messageId: reason.startsWith('Unexpected unused footnote') ? 'footnote' : 'definition', data: { label } };
    }),
    remarkRule('no-duplicate-definitions', remark_lint_no_duplicate_definitions/* default */.A, 'error', { en: 'A link definition label is defined once.', ko: '링크 정의 레이블은 한 번만 정의합니다.' }, {
        definition: {
            en: '`[{label}]` is already defined above, and the first definition wins: remove this one or give it another label.',
            ko: '`[{label}]` 정의가 이미 위에 있고 먼저 나온 정의가 쓰입니다. 이 정의를 지우거나 다른 이름을 붙이세요.',
        },
        footnote: {
            en: 'The footnote `[^{label}]` is already defined above: remove this one or give it another label.',
            ko: '각주 `[^{label}]`{이} 이미 위에 있습니다. 이 각주를 지우거나 다른 이름을 붙이세요.',
        },
    }, 
    // "Unexpected (footnote )?definition with an already defined identifier (`x`), expected unique identifiers"
    (reason, [label]) => (label === undefined ? undefined : { messageId: reason.startsWith('Unexpected footnote') ? 'footnote' : 'definition', data: { label } })),
    withFix(remarkRule('final-newline', remark_lint_final_newline/* default */.A, 'warning', { en: 'A post ends with a line break.', ko: '글은 줄바꿈으로 끝나야 합니다.' }, { missing: { en: 'The file does not end with a line break: add one after the last line.', ko: '파일이 줄바꿈으로 끝나지 않습니다. 마지막 줄 끝에 줄바꿈을 넣으세요.' } }, 
    // "Unexpected missing final newline character, expected line feed (`\n`) at end of file"
    (reason) => (reason.startsWith('Unexpected missing final newline') ? { messageId: 'missing' } : undefined)), appendLineEnding),
    remarkRule('no-heading-content-indent', remark_lint_no_heading_content_indent/* default */.A, 'warning', { en: 'One space between `#` and the heading text.', ko: '`#`과 제목 사이에는 공백 한 칸만 둡니다.' }, {
        afterHashes: { en: 'There are {actual} spaces between the `#` and the heading text: leave exactly one.', ko: '`#`과 제목 글자 사이에 공백이 {actual}칸 있습니다. 한 칸만 두세요.' },
        beforeHashes: { en: 'There are {actual} spaces between the heading text and its closing `#`: leave exactly one.', ko: '제목 글자와 닫는 `#` 사이에 공백이 {actual}칸 있습니다. 한 칸만 두세요.' },
    }, 
    // "Unexpected `3` spaces between hashes and content, expected `1` space, remove `2` spaces"
    (reason, [actual]) => (isCount(actual) ? { messageId: reason.includes('between content and hashes') ? 'beforeHashes' : 'afterHashes', data: { actual } } : undefined)),
    remarkRule('no-blockquote-without-marker', remark_lint_no_blockquote_without_marker/* default */.A, 'warning', { en: 'Every line of a block quote starts with `>`.', ko: '인용문의 모든 줄은 `>`로 시작합니다.' }, {
        missing: {
            en: 'This line continues a block quote without `{markers}` at its start: add `{markers}`, or put a blank line before it to end the quote.',
            ko: '인용문이 이어지는 줄인데 맨 앞에 `{markers}` 기호가 없습니다. 줄 앞에 `{markers}` 기호를 붙이거나, 인용을 끝내려면 앞에 빈 줄을 넣으세요.',
        },
    }, 
    // "Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker"
    (_, [, expected]) => (isCount(expected) ? { messageId: 'missing', data: { markers: Array.from({ length: Math.max(1, Number(expected)) }, () => '>').join(' ') } } : undefined)),
    remarkRule('list-item-bullet-indent', remark_lint_list_item_bullet_indent/* default */.A, 'off', { en: 'List bullets are not indented.', ko: '목록 기호 앞에 들여쓰기를 하지 않습니다.' }, { indented: { en: 'This list item is indented by {actualSpaces}: start its bullet at the beginning of the line.', ko: '목록 항목 앞에 공백이 {actual}칸 있습니다. 목록 기호를 줄 맨 앞에서 시작하세요.' } }, 
    // "Unexpected `2` spaces before list item, expected `0` spaces, remove them"
    (_, [actual]) => (isCount(actual) ? { messageId: 'indented', data: { actual, actualSpaces: spaces(actual) } } : undefined)),
    remarkRule('blockquote-indentation', remark_lint_blockquote_indentation/* default */.A, 'off', { en: 'Block quotes use one indentation after `>`.', ko: '인용문의 `>` 뒤 들여쓰기를 통일합니다.' }, {
        indent: {
            en: 'This block quote has {actualSpaces} after `>`, the post\'s first one {expectedSpaces}: put {expectedSpaces} after every `>`.',
            ko: '이 인용문은 `>` 뒤에 공백이 {actual}칸이지만 글의 첫 인용문은 {expected}칸입니다. 모든 `>` 뒤에 공백을 {expected}칸 두세요.',
        },
    }, 
    // "Unexpected `3` spaces between block quote marker and content, expected `2` spaces, remove `1` space":
    // remark-lint counts the `>` itself (`> a` is "2 spaces"), so one space fewer is what the author sees.
    (_, [actual, expected]) => {
        if (!isCount(actual) || !isCount(expected))
            return undefined;
        const [after, wanted] = [Number(actual) - 1, Number(expected) - 1];
        return { messageId: 'indent', data: { actual: after, expected: wanted, actualSpaces: spaces(after), expectedSpaces: spaces(wanted) } };
    }, 'consistent'),
    remarkRule('checkbox-character-style', remark_lint_checkbox_character_style/* default */.A, 'warning', { en: 'Task list checkboxes use one style.', ko: '할 일 목록의 체크 표시를 통일합니다.' }, {
        checked: {
            en: 'This checked box is written `[{actual}]`, but the post\'s first one is `[{expected}]`: write `[{expected}]`.',
            ko: '체크한 상자를 `[{actual}]`{으로} 썼지만 글의 첫 상자는 `[{expected}]`입니다. `[{expected}]`{으로} 쓰세요.',
        },
        unchecked: {
            en: 'This empty box is written with a tab, `[{actual}]`, but the post\'s first one is `[{expected}]`: write `[{expected}]`.',
            ko: '빈 상자를 탭으로(`[{actual}]`) 썼지만 글의 첫 상자는 `[{expected}]`입니다. `[{expected}]`처럼 공백으로 쓰세요.',
        },
    }, 
    // "Unexpected checked checkbox value `X`, expected `x`"; unchecked: a tab is shown as `\t`, and stays so
    (reason, [actual, expected]) => {
        if (actual === undefined || expected === undefined)
            return undefined;
        return { messageId: reason.startsWith('Unexpected unchecked') ? 'unchecked' : 'checked', data: { actual, expected } };
    }, 'consistent'),
    remarkRule('code-block-style', remark_lint_code_block_style/* default */.A, 'warning', { en: 'Code blocks are all fenced or all indented.', ko: '코드 블록은 모두 펜스(```) 또는 모두 들여쓰기로 씁니다.' }, {
        wantFenced: {
            en: 'This code block is indented, but the post\'s first code block is fenced: put this one between fence lines of three backticks too.',
            ko: '이 코드 블록은 들여쓰기로 썼지만 글의 첫 코드 블록은 펜스로 썼습니다. 이 블록도 백틱 세 개로 된 펜스 줄 사이에 넣으세요.',
        },
        wantIndented: {
            en: 'This code block is fenced, but the post\'s first code block is indented: indent this one by four spaces too, without the fence lines.',
            ko: '이 코드 블록은 펜스로 썼지만 글의 첫 코드 블록은 들여쓰기로 썼습니다. 이 블록도 펜스 줄 없이 공백 네 칸으로 들여 쓰세요.',
        },
    }, 
    // "Unexpected indented code block, expected fenced code blocks"
    (reason) => {
        const match = /^Unexpected (fenced|indented) code block, expected (fenced|indented)/.exec(reason);
        return match ? { messageId: match[2] === 'fenced' ? 'wantFenced' : 'wantIndented' } : undefined;
    }, 'consistent'),
    remarkRule('fenced-code-marker', remark_lint_fenced_code_marker/* default */.A, 'warning', { en: 'Code fences use one marker (``` or ~~~).', ko: '코드 펜스 기호(``` 또는 ~~~)를 통일합니다.' }, {
        wantBackticks: {
            en: 'This code fence is made of tildes (`~~~`), but the post\'s first fence uses backticks: fence this block with three backticks too.',
            ko: '이 코드 펜스는 물결표(`~~~`)로 썼지만 글의 첫 펜스는 백틱으로 썼습니다. 이 블록도 백틱 세 개로 감싸세요.',
        },
        wantTildes: {
            en: 'This code fence is made of backticks, but the post\'s first fence uses tildes (`~~~`): fence this block with `~~~` too.',
            ko: '이 코드 펜스는 백틱으로 썼지만 글의 첫 펜스는 물결표(`~~~`)로 썼습니다. 이 블록도 `~~~` 기호로 감싸세요.',
        },
    }, 
    // "Unexpected fenced code marker `~`, expected `` ` ``"
    (reason) => {
        const expected = /, expected (.+)$/.exec(reason)?.[1];
        if (!expected || !reason.startsWith('Unexpected fenced code marker'))
            return undefined;
        return { messageId: expected === '`~`' ? 'wantTildes' : 'wantBackticks' };
    }, 'consistent'),
    remarkRule('emphasis-marker', remark_lint_emphasis_marker/* default */.A, 'warning', { en: 'Emphasis uses one marker (`*` or `_`).', ko: '기울임 기호(`*` 또는 `_`)를 통일합니다.' }, {
        marker: {
            en: 'This emphasis uses `{actual}`, but the post\'s first emphasis uses `{expected}`: write `{expected}text{expected}`.',
            ko: '이 기울임은 `{actual}` 기호를 쓰지만 글의 첫 기울임은 `{expected}` 기호를 씁니다. `{expected}글{expected}`처럼 쓰세요.',
        },
    }, 
    // "Unexpected emphasis marker `_`, expected `*`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual, expected } } : undefined), 'consistent'),
    remarkRule('strong-marker', remark_lint_strong_marker/* default */.A, 'warning', { en: 'Strong emphasis uses one marker (`**` or `__`).', ko: '굵게 기호(`**` 또는 `__`)를 통일합니다.' }, {
        marker: {
            en: 'This bold text uses `{actual}`, but the post\'s first bold text uses `{expected}`: write `{expected}text{expected}`.',
            ko: '이 굵은 글씨는 `{actual}` 기호를 쓰지만 글의 첫 굵은 글씨는 `{expected}` 기호를 씁니다. `{expected}글{expected}`처럼 쓰세요.',
        },
    }, 
    // "Unexpected strong marker `_`, expected `*`": the marker is doubled in the text
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual: actual.repeat(2), expected: expected.repeat(2) } } : undefined), 'consistent'),
    // Off: remark-lint reads `# Title  ` (trailing spaces) as a closed `# Title #` heading and then
    // flags every other heading of the post (seen on several real blogs).
    remarkRule('heading-style', remark_lint_heading_style/* default */.A, 'off', { en: 'Headings use one style (`#` or underlined).', ko: '제목 표기 방식(`#` 또는 밑줄)을 통일합니다.' }, {
        wantAtx: { en: 'The post\'s first heading starts with `#`: write this heading the same way (`## Title`).', ko: '글의 첫 제목은 `#`으로 시작합니다. 이 제목도 같은 방식(`## 제목`)으로 쓰세요.' },
        wantAtxClosed: { en: 'The post\'s first heading is closed with `#` as well: write this heading the same way (`## Title ##`).', ko: '글의 첫 제목은 끝에도 `#`을 붙였습니다. 이 제목도 같은 방식(`## 제목 ##`)으로 쓰세요.' },
        wantSetext: { en: 'The post\'s first heading is underlined (`===` or `---` on the next line): underline this heading too.', ko: '글의 첫 제목은 다음 줄에 `===`나 `---`로 밑줄을 그었습니다. 이 제목도 밑줄로 쓰세요.' },
    }, 
    // "Unexpected setext heading, expected ATX" (ATX, ATX (closed), setext)
    (reason) => {
        const expected = /, expected (ATX \(closed\)|ATX|setext)$/.exec(reason)?.[1];
        return expected ? { messageId: expected === 'ATX' ? 'wantAtx' : expected === 'setext' ? 'wantSetext' : 'wantAtxClosed' } : undefined;
    }, 'consistent'),
    remarkRule('rule-style', remark_lint_rule_style/* default */.A, 'off', { en: 'Thematic breaks use one style.', ko: '구분선 표기를 통일합니다.' }, {
        style: {
            en: 'This thematic break is `{actual}`, but the post\'s first one is `{expected}`: write `{expected}`.',
            ko: '이 구분선은 `{actual}` 형식이지만 글의 첫 구분선은 `{expected}` 형식입니다. `{expected}` 형식으로 쓰세요.',
        },
    }, 
    // "Unexpected thematic rule `***`, expected `---`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'style', data: { actual, expected } } : undefined), 'consistent'),
    remarkRule('link-title-style', remark_lint_link_title_style/* default */.A, 'warning', { en: 'Link titles use one quote style.', ko: '링크 제목의 따옴표를 통일합니다.' }, {
        wantDouble: { en: 'The post\'s first link title is in double quotes: write this one as `"title"` too.', ko: '글의 첫 링크 제목은 큰따옴표로 감쌌습니다. 이 제목도 `"제목"`처럼 쓰세요.' },
        wantSingle: { en: 'The post\'s first link title is in single quotes: write this one as `\'title\'` too.', ko: '글의 첫 링크 제목은 작은따옴표로 감쌌습니다. 이 제목도 `\'제목\'`처럼 쓰세요.' },
        wantParens: { en: 'The post\'s first link title is in parentheses: write this one as `(title)` too.', ko: '글의 첫 링크 제목은 괄호로 감쌌습니다. 이 제목도 `(제목)`처럼 쓰세요.' },
    }, 
    // "Unexpected title markers `'`, expected `"`"; parentheses are "`'('` and `')'`"
    (reason) => {
        const expected = /, expected (.+)$/.exec(reason)?.[1];
        if (!expected || !reason.startsWith('Unexpected title markers'))
            return undefined;
        return { messageId: expected.includes('(') ? 'wantParens' : expected === '`"`' ? 'wantDouble' : 'wantSingle' };
    }, 'consistent'),
    remarkRule('no-shortcut-reference-image', remark_lint_no_shortcut_reference_image/* default */.A, 'off', { en: 'Reference images use `![alt][]`, not `![alt]`.', ko: '참조 이미지는 `![alt]` 대신 `![alt][]`로 씁니다.' }, { shortcut: { en: 'This reference image is written `![alt]`: add empty brackets, `![alt][]`.', ko: '참조 이미지를 `![alt]` 형식으로 썼습니다. 빈 대괄호를 붙여 `![alt][]`처럼 쓰세요.' } }, (reason) => (reason.startsWith('Unexpected shortcut reference image') ? { messageId: 'shortcut' } : undefined)),
    remarkRule('no-shortcut-reference-link', remark_lint_no_shortcut_reference_link/* default */.A, 'off', { en: 'Reference links use `[text][]`, not `[text]`.', ko: '참조 링크는 `[글]` 대신 `[글][]`로 씁니다.' }, { shortcut: { en: 'This reference link is written `[text]`: add empty brackets, `[text][]`.', ko: '참조 링크를 `[글]` 형식으로 썼습니다. 빈 대괄호를 붙여 `[글][]`처럼 쓰세요.' } }, (reason) => (reason.startsWith('Unexpected shortcut reference link') ? { messageId: 'shortcut' } : undefined)),
    remarkRule('no-literal-urls', remark_lint_no_literal_urls/* default */.A, 'off', { en: 'Bare URLs are written as `<https://...>`.', ko: '맨 URL은 `<https://...>`로 감쌉니다.' }, { bare: { en: 'This URL is written bare: wrap it in angle brackets, `{open}…>`.', ko: '꺾쇠 없이 적은 URL입니다. `{open}…>`처럼 꺾쇠로 감싸세요.' } }, 
    // "Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after" (`<http://` for www.)
    (reason, [open]) => (open && reason.startsWith('Unexpected GFM autolink literal') ? { messageId: 'bare', data: { open: open === '<' ? '<https://' : open } } : undefined)),
    remarkRule('hard-break-spaces', remark_lint_hard_break_spaces/* default */.A, 'off', { en: 'Hard breaks use exactly two trailing spaces.', ko: '강제 줄바꿈은 줄 끝 공백 두 칸으로 씁니다.' }, { spaces: { en: 'This line ends in {actual} spaces for a line break: leave exactly two (or end the line with a backslash instead).', ko: '줄바꿈을 위한 줄 끝 공백이 {actual}칸입니다. 정확히 두 칸만 두세요(또는 공백 대신 줄 끝에 역슬래시).' } }, 
    // "Unexpected `3` spaces for hard break, expected `2` spaces"
    (_, [actual]) => (isCount(actual) ? { messageId: 'spaces', data: { actual } } : undefined)),
    remarkRule('list-item-indent', remark_lint_list_item_indent/* default */.A, 'off', { en: 'List item content is indented by one space after the marker.', ko: '목록 기호 뒤 내용은 한 칸 띄웁니다.' }, { indent: { en: 'This list item has {actualSpaces} after its marker: leave {expectedSpaces}.', ko: '목록 기호 뒤에 공백이 {actual}칸 있습니다. {expected}칸만 두세요.' } }, 
    // "Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces"
    (_, [actual, expected]) => (isCount(actual) && isCount(expected) ? { messageId: 'indent', data: { actual, expected, actualSpaces: spaces(actual), expectedSpaces: spaces(expected) } } : undefined)),
    remarkRule('list-item-content-indent', remark_lint_list_item_content_indent/* default */.A, 'off', { en: 'List item content lines line up.', ko: '목록 항목의 내용 줄을 같은 위치에 맞춥니다.' }, {
        add: { en: 'This line of the list item does not line up with its first line: add {countSpaces} at its start.', ko: '목록 항목의 이 줄이 첫 줄과 맞지 않습니다. 줄 앞에 공백을 {count}칸 더 넣으세요.' },
        remove: { en: 'This line of the list item does not line up with its first line: remove {countSpaces} at its start.', ko: '목록 항목의 이 줄이 첫 줄과 맞지 않습니다. 줄 앞의 공백을 {count}칸 지우세요.' },
    }, 
    // "Unexpected unaligned list item child, expected to align with first child, add `2` spaces"
    (reason, [count]) => {
        const verb = /, (add|remove) `\d+`/.exec(reason)?.[1];
        return verb && isCount(count) ? { messageId: verb, data: { count, countSpaces: spaces(count) } } : undefined;
    }),
    remarkRule('table-cell-padding', remark_lint_table_cell_padding/* default */.A, 'off', { en: 'Table cells use one padding style.', ko: '표 칸의 여백 방식을 통일합니다.' }, {
        add: { en: 'This table cell has {actualSpaces} of padding next to its `|`, unlike the post\'s first table: add {countSpaces} there.', ko: '이 표 칸은 `|` 옆 여백이 {actual}칸이라 글의 첫 표와 다릅니다. 그 자리에 공백을 {count}칸 더 넣으세요.' },
        remove: { en: 'This table cell has {actualSpaces} of padding next to its `|`, unlike the post\'s first table: remove {countSpaces} there.', ko: '이 표 칸은 `|` 옆 여백이 {actual}칸이라 글의 첫 표와 다릅니다. 그 자리의 공백을 {count}칸 지우세요.' },
    }, 
    // "Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space"
    // (or "expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` spaces")
    (reason, values) => {
        const verb = /, (add|remove)(?: between `\d+` and)? `\d+` spaces?$/.exec(reason)?.[1];
        const actual = values[0];
        const count = values.at(-1);
        return verb && isCount(actual) && isCount(count) ? { messageId: verb, data: { actual, actualSpaces: spaces(actual), count, countSpaces: spaces(count) } } : undefined;
    }, 'consistent'),
];
/**
 * Runs the enabled remark-lint rules on an already parsed tree. Each rule walks the whole tree
 * (a fifth of a run's time), so a rule whose node types the post does not have is skipped:
 * `prune: false` runs every enabled rule, for the test that shows the messages are the same.
 */
async function runRemarkLint(tree, text, enabledIds, options = {}) {
    const ids = options.prune === false ? enabledIds : rulesThatApply(tree, enabledIds);
    if (ids.size === 0)
        return [];
    const processor = lintProcessor(ids);
    const file = new vfile_lib/* VFile */.T({ value: text });
    // The tree is shared with our own rules; remark-lint rules only read it.
    await processor.run(tree, file);
    return file.messages
        .filter((message) => typeof message.ruleId === 'string')
        .map((message) => {
        const place = message.place;
        const start = place && 'start' in place ? place.start : place;
        const end = place && 'end' in place ? place.end : start;
        return {
            ruleId: message.ruleId,
            reason: message.reason,
            line: start?.line ?? 1,
            column: start?.column ?? 1,
            endLine: end?.line ?? start?.line ?? 1,
            endColumn: end?.column ?? start?.column ?? 1,
        };
    });
}
function rulesThatApply(tree, enabledIds) {
    const present = nodeTypes(tree);
    const ids = new Set();
    for (const rule of remarkLintRules) {
        if (enabledIds.has(rule.id) && (!rule.nodeTypes || rule.nodeTypes.some((type) => present.has(type))))
            ids.add(rule.id);
    }
    return ids;
}
/** Every node type in the tree, in one walk without callbacks. */
function nodeTypes(tree) {
    const types = new Set();
    const stack = [tree];
    while (stack.length > 0) {
        const node = stack.pop();
        types.add(node.type);
        const children = node.children;
        if (children)
            for (let index = 0; index < children.length; index++)
                stack.push(children[index]);
    }
    return types;
}
const processors = new Map();
function lintProcessor(enabledIds) {
    const key = [...enabledIds].sort().join(',');
    let processor = processors.get(key);
    if (!processor) {
        processor = buildProcessor(remarkLintRules.filter((rule) => enabledIds.has(rule.id)));
        processors.set(key, processor);
    }
    return processor;
}
function buildProcessor(rules) {
    const processor = markdownProcessor().use(remark_lint/* default */.A);
    for (const rule of rules) {
        if (rule.option === undefined)
            processor.use(rule.plugin);
        else
            processor.use(rule.plugin, rule.option);
    }
    return processor;
}

// EXTERNAL MODULE: ./src/rules/file-unreadable.ts
var file_unreadable = __webpack_require__(3133);
// EXTERNAL MODULE: ./src/rules/file-too-complex.ts
var file_too_complex = __webpack_require__(5199);
;// CONCATENATED MODULE: ./src/rules/index.ts










































/** Every rule, in the order a reader scans them (and the order their problems are found in). */
const allRules = [
    file_unreadable/* default */.A,
    file_too_complex/* default */.A,
    post_unpublished,
    frontmatter_missing,
    frontmatter_syntax,
    frontmatter_executable,
    required_keys,
    frontmatter_schema,
    empty_value,
    key_case,
    frontmatter_key_typo,
    date_invalid,
    date_timezone,
    date_future,
    post_expired,
    draft_ignored,
    date_filename_mismatch,
    permalink_changed,
    permalink_collision,
    taxonomy_key,
    taxonomy_type,
    tags_normalize,
    tags_vocabulary,
    title_heading_duplicate,
    emphasis_unrendered,
    liquid_syntax,
    template_in_code,
    body_h1,
    post_unfinished,
    wiki_embed,
    link_tag_target,
    link_target,
    image_alt_missing,
    image_alt_placeholder,
    image_file_url,
    image_local_path,
    image_outside_repo,
    image_missing,
    image_url_style,
    image_insecure,
    image_hotlink,
    ...remarkLintRules,
];
const ruleById = new Map(allRules.map((rule) => [rule.id, rule]));

// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/runner/environment.ts + 8 modules
var runner_environment = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/runner/lint.ts
// Linting: files -> posts -> problems -> report. The front doors call `lintFiles` (through the
// workers of runner/parallel.ts); tests can call `lintText` with no disk at all.

















/** Lints one post already in memory. `file` is its repo-relative path. */
async function lintText(file, source, environment, onPreview) {
    return checkPost(await parsePost(file, source, environment), environment, onPreview);
}
async function parsePost(file, source, environment) {
    const { settings, engine } = environment;
    const located = (0,post_frontmatter/* parseFrontmatter */.yv)(source, { lenientYaml: engine.yamlReader === 'psych' || engine.yamlReader === 'js-yaml' });
    const frontmatter = located.found ? located.frontmatter : undefined;
    const masked = maskTemplates(remarkInput(source, frontmatter), frontmatter?.range[1] ?? 0, engine);
    const text = masked.text;
    const tree = parseMarkdown(text);
    if (masked.syntheticCode.size > 0)
        removeSyntheticCode(tree, masked.syntheticCode);
    const kind = engine.kindOf(file, frontmatter?.data);
    const enabledRemark = new Set(kind === 'unpublished' ? [] : remarkLintRules.filter((rule) => (0,config_settings/* effectiveSeverity */.X)(settings, rule.id)).map((rule) => rule.id));
    // MDX has no indented code blocks (an indented line is JSX or text there): the style rule cannot be right.
    if (/\.mdx$/i.test(file))
        enabledRemark.delete('code-block-style');
    // Tag lines and code the engine never renders as markdown are no place for markdown rules.
    const remarkMessages = groupByRule((await runRemarkLint(tree, text, enabledRemark)).filter((message) => !inRanges(masked.codeLines, message.line)));
    // The same for our rules: markdown that a tag pair's lines leaked into the tree (a pair opened in
    // a list item and closed outside it ends the fence early) is code on the published page.
    if (masked.codeLines.length > 0)
        removeTemplateCode(tree, masked.codeLines);
    return { file, source, frontmatter, tree, kind, templateCode: masked.codeLines, remarkMessages };
}
/** The rules over a parsed post, with the site-wide data of the environment. */
function checkPost(parsed, environment, onPreview) {
    const { settings, engine } = environment;
    const { file, source, frontmatter, tree, kind } = parsed;
    const previousPath = environment.previousPaths?.get(file);
    const context = createContext({
        file,
        source,
        frontmatter,
        tree,
        preset: settings.preset,
        site: environment.site,
        engine,
        kind,
        templateCode: parsed.templateCode,
        repo: environment.repo,
        settings,
        ...(environment.vocabulary ? { vocabulary: environment.vocabulary } : {}),
        ...(environment.siteIndex ? { siteIndex: environment.siteIndex } : {}),
        ...(previousPath !== undefined ? { previousPath } : {}),
        remarkMessages: parsed.remarkMessages,
    });
    if (onPreview) {
        // A preview is a nicety: if it fails, the post is still linted (it just gets no card).
        try {
            onPreview(computePreview(context));
        }
        catch {
            // no card
        }
    }
    const problems = [];
    for (const rule of allRules) {
        const severity = (0,config_settings/* effectiveSeverity */.X)(settings, rule.id);
        if (!severity)
            continue;
        if (kind === 'page' && rule.postsOnly)
            continue;
        // A file the engine skips has one problem worth saying: that it is skipped.
        if (kind === 'unpublished' && !rule.forUnpublished)
            continue;
        rule.check(context, ({ messageId, data, position, fix }) => {
            problems.push(toProblem(context, rule, severity, rule.messages[messageId], data, position, fix));
        });
    }
    return problems.sort(byPosition);
}
function toProblem(context, rule, severity, text, data, position, fix) {
    // The engine distrusts rules: positions are clamped to the file so sinks never see line 0 or past the end.
    const lastLine = context.source.lineStarts.length;
    const line = clamp(position.line, 1, lastLine);
    const endLine = clamp(position.endLine ?? line, line, lastLine);
    const problem = {
        file: context.file,
        line,
        column: Math.max(1, position.column),
        endLine,
        endColumn: Math.max(1, position.endColumn ?? position.column),
        ruleId: rule.id,
        severity,
        message: (0,i18n/* format */.GP)(text, context.settings.lang, data),
    };
    if (fix) {
        if (!rule.fixable)
            throw new Error(`rule ${rule.id} reported a fix but is not marked fixable`);
        // Rules edit the text without its BOM; a fix is stored against the file as read.
        const shift = context.source.bomLength;
        problem.fix = { edits: fix.edits.map((edit) => ({ range: [edit.range[0] + shift, edit.range[1] + shift], text: edit.text })) };
    }
    return problem;
}
function groupByRule(messages) {
    const byRule = new Map();
    for (const message of messages) {
        const list = byRule.get(message.ruleId);
        if (list)
            list.push(message);
        else
            byRule.set(message.ruleId, [message]);
    }
    return byRule;
}
/** Drops the code nodes that stand for template tags: they are the engine's code, not the author's fences. */
function removeSyntheticCode(node, starts) {
    if (!('children' in node))
        return;
    node.children = node.children.filter((child) => !(child.type === 'code' && starts.has(child.position?.start.offset ?? -1)));
    for (const child of node.children)
        removeSyntheticCode(child, starts);
}
/** Drops the nodes that lie wholly inside one template code range (`{{< highlight >}}`…`{{< /highlight >}}`). */
function removeTemplateCode(root, ranges) {
    // A stack, not recursion: a fuzzed post nests block quotes thousands deep.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!('children' in node))
            continue;
        node.children = node.children.filter((child) => {
            const range = rangeOf(ranges, child.position?.start.line ?? 0);
            return range < 0 || (child.position?.end.line ?? Infinity) > ranges[range][1];
        });
        for (const child of node.children)
            stack.push(child);
    }
}
function clamp(value, low, high) {
    return Math.min(Math.max(value, low), high);
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
/** Lints the given repo-relative files. Every file gets a result; nothing here throws per file. */
async function lintFiles(files, environment, options = {}) {
    const { settings } = environment;
    const results = [];
    let done = 0;
    for (const file of files) {
        const result = await lintOneFile(file, environment, options.preview ?? false, options.prepared);
        results.push(result);
        options.onResult?.(result);
        options.onFile?.(++done, files.length, file);
    }
    return (0,runner_environment/* buildReport */.FK)(results, settings);
}
async function lintOneFile(file, environment, preview, prepared) {
    const ahead = prepared?.get(file);
    if (ahead)
        prepared.delete(file);
    const post = ahead ?? (await prepareFile(file, environment));
    if (post.type === 'result')
        return post.result;
    const { parsed } = post;
    try {
        const result = { file: parsed.file, problems: [] };
        result.problems = checkPost(parsed, environment, preview ? (card) => (result.preview = card) : undefined);
        return result;
    }
    catch (error) {
        return unreadable(parsed.file, (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.internal, environment.settings.lang, { reason: error.message }));
    }
}
/** Reads a post (repo-relative, inside the repository only) and parses it: the part of its lint that needs no site-wide data. */
async function prepareFile(file, environment) {
    const { settings, repo } = environment;
    const lang = settings.lang;
    const safe = await (0,post_repo/* toRepoPath */.xD)(repo.root, file);
    if (safe === undefined)
        return { type: 'result', result: unreadable(file, (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.outsideRepo, lang)) };
    const read = await (0,post_read/* readPost */.Vz)(external_node_path_default().join(repo.root, safe), settings.maxFileSize);
    if (!read.ok)
        return { type: 'result', result: unreadable(safe, describeFailure(read.failure, settings), read.failure.kind === 'not-utf8' ? read.failure.line : 1) };
    try {
        return { type: 'parsed', parsed: await parsePost(safe, read.source, environment) };
    }
    catch (error) {
        return { type: 'result', result: unreadable(safe, (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.internal, lang, { reason: error.message })) };
    }
}
function unreadable(file, message, line = 1) {
    return { file, problems: [{ file, line, column: 1, endLine: line, endColumn: 1, ruleId: file_unreadable/* default */.A.id, severity: 'error', message }] };
}
function describeFailure(failure, settings) {
    const lang = settings.lang;
    switch (failure.kind) {
        case 'too-large':
            return (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.tooLarge, lang, { size: failure.size, limit: failure.limit });
        case 'binary':
            return (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.binary, lang);
        case 'not-utf8':
            return (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.notUtf8, lang, { line: failure.line, column: failure.column });
        case 'unreadable':
            return (0,i18n/* format */.GP)(file_unreadable/* default */.A.messages.unreadable, lang, { reason: failure.reason });
    }
}
const MAX_FIX_PASSES = 10;
/** Lints and fixes one file's text until no fix applies (eslint's loop, capped at 10 passes). */
async function fixText(file, original, environment) {
    let text = original;
    let passes = 0;
    let problems = await lintText(file, (0,post_source/* createSource */.gV)(text), environment);
    // A fix changes only what the report named: the lines of the first report's fixable problems.
    const named = new Set();
    for (const problem of problems)
        if (problem.fix)
            for (let line = problem.line; line <= problem.endLine; line++)
                named.add(line);
    let firstPass;
    while (passes < MAX_FIX_PASSES) {
        const { output, applied } = applyFixes(text, problems);
        if (applied.length === 0 || output === text)
            break;
        passes++;
        text = output;
        problems = await lintText(file, (0,post_source/* createSource */.gV)(text), environment);
        firstPass ??= { output: text, problems };
    }
    // A later pass may find what the first one made visible (`Tags:` renamed, then its list); it
    // must stay on the named lines too, or only the first pass is kept.
    if (passes > 1 && firstPass && strayLines(original, text, named).length > 0)
        return { output: firstPass.output, problems: firstPass.problems, passes: 1 };
    return { output: text, problems, passes };
}


/***/ })

};
