// `yaml`'s parser with its duplicate-key check done in linear time. `yaml` 2.x checks each new key
// against every key before it in the same mapping (`items.some`), so a block of 40,000 keys took
// seconds. Here `yaml` parses with `uniqueKeys: false`, and one pass over each mapping reports the
// same errors (code `DUPLICATE_KEY`, at the key, in document order) from a Map of the keys seen.
import { parseDocument, isScalar, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type ToJSOptions } from 'yaml';
import { MAX_NESTING, yamlNestingPast } from './nesting.js';

export type YamlDocumentOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** `parseDocument(text, {...options, uniqueKeys: true})`, without the quadratic key check. */
export function parseYamlDocument(text: string, options: YamlDocumentOptions = {}): Document.Parsed {
  const document = parseDocument(text, { ...options, uniqueKeys: false });
  const duplicates: YAMLParseError[] = [];
  visit(document, {
    Map(_key, map) {
      const seen = new Map<unknown, true>();
      for (const pair of map.items) {
        const key = pair.key;
        // yaml's default test: the same node, or two scalars with the same value (===).
        if (!isScalar(key)) continue;
        const value = key.value;
        if (typeof value === 'number' && Number.isNaN(value)) continue; // NaN !== NaN
        if (seen.has(value)) {
          const at = key.range?.[0] ?? 0;
          duplicates.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else {
          seen.set(value, true);
        }
      }
    },
  });
  if (duplicates.length > 0) {
    // Where yaml raises them: before the first other error that comes later in the text (one merge pass).
    duplicates.sort((a, b) => a.pos[0] - b.pos[0]);
    const errors: YAMLParseError[] = [];
    let next = 0;
    for (const error of document.errors) {
      while (next < duplicates.length && duplicates[next]!.pos[0] < error.pos[0]) errors.push(duplicates[next++]!);
      errors.push(error);
    }
    while (next < duplicates.length) errors.push(duplicates[next++]!);
    document.errors = errors;
  }
  return document;
}

/** `yaml`'s `parse(text, options)` (warnings are not logged): throws the first error, else the JS value. */
export function parseYamlValue(text: string, options: YamlDocumentOptions & ToJSOptions = {}): unknown {
  // Site files are YAML from the repository too: nested past MAX_NESTING, `yaml` can overflow the
  // stack or take V8 down (see nesting.ts). Such a file is an error, before it is composed.
  const tooDeep = yamlNestingPast(text);
  if (tooDeep !== undefined) throw new YAMLParseError([tooDeep, tooDeep + 1], 'RESOURCE_EXHAUSTION', `nested more than ${MAX_NESTING} levels deep`);
  const document = parseYamlDocument(text, options);
  if (document.errors.length > 0) {
    if (options.logLevel !== 'silent') throw document.errors[0];
  }
  return document.toJS(options);
}
