// The options both front doors accept (CLI flags, action inputs), parsed and checked in one place,
// so that a bad value reads the same from either door: `<name> must be <what> (got "<value>")`,
// where the door names the option its own way (`--shard`, `input shard`). It sits with the doors
// (src/README.md's top layer): fail-on is the report's verdict, which the runner cannot import.
import { isPresetName, type PresetName } from './presets/index.js';
import { isLang } from './i18n/index.js';
import type { Lang } from './core/types.js';
import { isFailOn, type FailOn } from './report/verdict.js';
import { parseSize } from './config/load.js';
import { parseShard, type Shard } from './runner/shard.js';
import { parseMegabytes, parseSeconds, POST_MEMORY_RANGE, POST_TIMEOUT_RANGE } from './runner/budget.js';
import { OptionError } from './runner/project.js';

export { OptionError };

interface OptionParser<T> {
  parse: (text: string) => T | undefined;
  /** What a valid value is, after "must be". */
  expected: string;
}

const parsers = {
  preset: { parse: (text) => (isPresetName(text) ? text : undefined), expected: 'jekyll, hugo, hexo, astro or markdown' } satisfies OptionParser<PresetName>,
  lang: { parse: (text) => (isLang(text) ? text : undefined), expected: 'en or ko' } satisfies OptionParser<Lang>,
  'fail-on': { parse: (text) => (isFailOn(text) ? text : undefined), expected: 'error, warning or never' } satisfies OptionParser<FailOn>,
  'max-file-size': { parse: parseSize, expected: 'a size like 512KB or 2MB' } satisfies OptionParser<number>,
  shard: { parse: parseShard, expected: 'i/n with 1 <= i <= n, e.g. 2/4' } satisfies OptionParser<Shard>,
  'post-timeout': { parse: parseSeconds, expected: `a number of seconds from ${POST_TIMEOUT_RANGE.min} to ${POST_TIMEOUT_RANGE.max}, e.g. 10 or 2.5` } satisfies OptionParser<number>,
  'post-memory': { parse: parseMegabytes, expected: `a whole number of megabytes from ${POST_MEMORY_RANGE.min} to ${POST_MEMORY_RANGE.max}, e.g. 128` } satisfies OptionParser<number>,
  jobs: { parse: (text) => (/^[1-9]\d*$/.test(text) ? Number(text) : undefined), expected: 'a whole number of 1 or more' } satisfies OptionParser<number>,
};

export type SharedOption = keyof typeof parsers;
type ValueOf<K extends SharedOption> = NonNullable<ReturnType<(typeof parsers)[K]['parse']>>;

/**
 * The value of option `name` given as `text`; throws an OptionError naming it as `spelled` (the
 * door's own spelling: `--post-memory`, `input post-memory`) when the value is not valid.
 */
export function parseOption<K extends SharedOption>(name: K, text: string, spelled: string): ValueOf<K> {
  const value = parsers[name].parse(text) as ValueOf<K> | undefined;
  if (value === undefined) throw new OptionError(`${spelled} must be ${parsers[name].expected} (got "${text}")`);
  return value;
}
