// Delta debugging (Zeller's ddmin) for the fuzz harness: shrink a failing batch to the posts that
// still fail, then a failing post to the bytes that still fail. The predicate is async (it runs the
// CLI) and the search stops at a deadline, returning the smallest failing input found so far.

/**
 * The smallest sub-list of `items` for which `fails(subList)` is still true, by removing chunks of
 * halving size. `fails(items)` is assumed true. Stops early when `deadline` (ms since the epoch)
 * passes. Returns { items, tests } (how many times the predicate ran).
 */
export async function ddmin(items, fails, { deadline = Infinity, cache = new Map(), key = (list) => list.length + ':' + list.map(String).join('\u0000') } = {}) {
  let current = items;
  let granularity = 2;
  let tests = 0;
  const check = async (candidate) => {
    const k = key(candidate);
    if (cache.has(k)) return cache.get(k);
    tests++;
    const result = !!(await fails(candidate));
    cache.set(k, result);
    return result;
  };
  while (current.length >= 2 && Date.now() < deadline) {
    const chunks = split(current, Math.min(granularity, current.length));
    let reduced = false;
    // Try each chunk alone first (a quick jump to one post), then each complement.
    for (const chunk of chunks) {
      if (Date.now() >= deadline) break;
      if (chunk.length < current.length && (await check(chunk))) {
        current = chunk;
        granularity = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced && chunks.length > 2) {
      for (let i = 0; i < chunks.length; i++) {
        if (Date.now() >= deadline) break;
        const complement = chunks.flatMap((chunk, j) => (j === i ? [] : chunk));
        if (await check(complement)) {
          current = complement;
          granularity = Math.max(granularity - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (granularity >= current.length) break;
      granularity = Math.min(granularity * 2, current.length);
    }
  }
  return { items: current, tests };
}

function split(list, parts) {
  const chunks = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const end = start + Math.floor((list.length - start) / (parts - i));
    chunks.push(list.slice(start, end));
    start = end;
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

/**
 * Shrinks `bytes` while `fails(bytes)` stays true: first whole lines (ddmin over lines), then the
 * bytes of what is left (ddmin over runs of bytes, coarse to fine). Runs of one repeated unit are
 * halved first, which is where hostile inputs keep their size. Returns { bytes, tests }.
 */
export async function shrinkBytes(bytes, fails, { deadline = Infinity, maxByteUnits = 4096 } = {}) {
  let tests = 0;
  let best = Buffer.from(bytes);
  const run = async (candidate) => {
    tests++;
    return !!(await fails(candidate));
  };
  // 1. Halve long runs (a 100 KB line of `*` shrinks in a dozen steps instead of thousands).
  best = await halveRuns(best, run, deadline);
  // 2. Whole lines.
  const lines = splitLines(best);
  if (lines.length > 1 && Date.now() < deadline) {
    const result = await ddmin(lines.map((_, i) => i), (kept) => run(Buffer.concat(kept.map((i) => lines[i]))), { deadline });
    tests += result.tests;
    best = Buffer.concat(result.items.map((i) => lines[i]));
  }
  best = await halveRuns(best, run, deadline);
  // 3. Bytes, in units so that the search stays bounded on a large remainder.
  if (best.length > 1 && Date.now() < deadline) {
    const unit = Math.max(1, Math.ceil(best.length / maxByteUnits));
    const pieces = [];
    for (let at = 0; at < best.length; at += unit) pieces.push(best.subarray(at, at + unit));
    const result = await ddmin(pieces.map((_, i) => i), (kept) => run(Buffer.concat(kept.map((i) => pieces[i]))), { deadline });
    tests += result.tests;
    best = Buffer.concat(result.items.map((i) => pieces[i]));
  }
  return { bytes: best, tests };
}

/** Lines with their terminators, so that joining them gives the bytes back. */
export function splitLines(bytes) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * Finds runs of a repeated unit (1-12 bytes, at least 64 repeats) and halves each while the failure
 * persists. Units are tried longest run first.
 */
async function halveRuns(bytes, run, deadline) {
  let best = bytes;
  for (let pass = 0; pass < 64 && Date.now() < deadline; pass++) {
    const found = longestRun(best);
    if (!found || found.repeats < 64) break;
    let shrunk = false;
    for (const keep of [0.5, 0.75]) {
      const keepRepeats = Math.floor(found.repeats * keep);
      const candidate = Buffer.concat([best.subarray(0, found.start + keepRepeats * found.unit), best.subarray(found.start + found.repeats * found.unit)]);
      if (Date.now() < deadline && (await run(candidate))) {
        best = candidate;
        shrunk = true;
        break;
      }
    }
    if (!shrunk) break;
  }
  return best;
}

/** The longest run of one repeated unit of 1-12 bytes: { start, unit, repeats }. */
export function longestRun(bytes) {
  let best;
  for (let unit = 1; unit <= 12; unit++) {
    let i = 0;
    while (i + unit <= bytes.length) {
      let repeats = 1;
      while (i + (repeats + 1) * unit <= bytes.length && bytes.compare(bytes, i, i + unit, i + repeats * unit, i + (repeats + 1) * unit) === 0) repeats++;
      if (!best || repeats * unit > best.repeats * best.unit) best = { start: i, unit, repeats };
      i += repeats > 1 ? repeats * unit : 1;
    }
  }
  return best;
}
