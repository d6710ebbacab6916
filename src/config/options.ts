// Rule options: each rule declares the options it reads as a small schema (as eslint's
// `meta.schema`, but only the three shapes our rules need), and the config loader checks a
// config's options against it, so `sevrity: off` or `case: upper` is an error at its line
// instead of being ignored. A hand-written subset: JSON Schema (ajv) would be a runtime
// dependency for three shapes, and its messages are not ones a blogger should read.
import { levenshtein } from '../post/tags.js';

export type OptionSchema =
  /** One of a few words: `case: lower`. */
  | { type: 'enum'; values: readonly string[] }
  /** A list of strings (one string is read as a list of one): `allow: [a.com, b.com]`. */
  | { type: 'string-list' }
  /** A mapping of string to string: `aliases: { k8s: kubernetes }`. */
  | { type: 'string-map' };

/** Option name to its shape. Every rule declares one, `{}` when it takes no options. */
export type OptionsSchema = Readonly<Record<string, OptionSchema>>;

export interface OptionProblem {
  message: string;
  /** Where the problem is: the option's name, or the offending item inside its value. */
  at: 'key' | { item: number } | { entry: number };
}

/** Checks one option's value against its schema; undefined when it fits. */
export function checkOptionValue(ruleId: string, name: string, schema: OptionSchema, value: unknown): OptionProblem | undefined {
  const prefix = `rule \`${ruleId}\`: option \`${name}\``;
  switch (schema.type) {
    case 'enum': {
      if (typeof value === 'string' && schema.values.includes(value)) return undefined;
      const guess = typeof value === 'string' ? didYouMean(value, schema.values) : '';
      return { message: `${prefix} must be one of ${schema.values.join(', ')} (got ${JSON.stringify(value)})${guess}`, at: 'key' };
    }
    case 'string-list': {
      if (typeof value === 'string' && value.trim() !== '') return undefined;
      if (!Array.isArray(value)) return { message: `${prefix} must be a list of strings, like \`[a, b]\` (got ${describe(value)})`, at: 'key' };
      const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
      return bad === -1 ? undefined : { message: `${prefix}: item ${bad + 1} must be a non-empty string (got ${describe(value[bad])})`, at: { item: bad } };
    }
    case 'string-map': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return { message: `${prefix} must be a mapping of \`name: value\` strings, like \`{ k8s: kubernetes }\` (got ${describe(value)})`, at: 'key' };
      const entries = Object.entries(value as Record<string, unknown>);
      const bad = entries.findIndex(([, item]) => typeof item !== 'string' || item.trim() === '');
      return bad === -1 ? undefined : { message: `${prefix}: \`${entries[bad]![0]}\` must map to a non-empty string (got ${describe(entries[bad]![1])})`, at: { entry: bad } };
    }
  }
}

/** The message for an option name the rule does not declare, with the closest known name. */
export function unknownOption(ruleId: string, name: string, schema: OptionsSchema): string {
  const known = ['severity', ...Object.keys(schema)];
  const listed = Object.keys(schema).length === 0 ? 'it takes only `severity`' : `it takes ${known.map((option) => `\`${option}\``).join(', ')}`;
  return `rule \`${ruleId}\` has no option \`${name}\` (${listed})${didYouMean(name, known)}`;
}

/** "; did you mean `x`?" for the known name nearest to `given` (edit distance), or ''. */
export function didYouMean(given: string, known: Iterable<string>): string {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = levenshtein(name.toLowerCase(), given.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(given.length / 3)) ? `; did you mean \`${best.name}\`?` : '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}
