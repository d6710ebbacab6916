// A minimal valid instance of a JSON schema taken from an OpenAPI document (3.0 `nullable`, or 3.1
// `type: [..., "null"]`): required properties only, the schema's own `example` where its type fits,
// null for nullable fields, the first enum value, empty arrays. The fake GitHub and the event
// builders overlay realistic values on top (`overlay`), so every object carries every field
// GitHub's description requires without each builder spelling out 80 repository URLs.
//
// String examples in GitHub's description point at https://api.github.com; `rewriteApi` swaps that
// for the fake's URL so nothing a test receives names the real API.

export type Schema = Record<string, any>;
export interface Doc {
  components?: Record<string, Record<string, any>>;
}

export interface SampleOptions {
  /** Replaces https://api.github.com in every string of the result. */
  apiUrl?: string;
  /** Replaces https://github.com (html links) in every string of the result. */
  serverUrl?: string;
}

const FIXED_TIME = '2026-11-20T10:00:00Z';

export function resolveRef(doc: Doc, ref: string): Schema {
  const match = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
  const target = match ? doc.components?.[match[1]!]?.[match[2]!] : undefined;
  if (!target) throw new Error(`cannot resolve ${ref}`);
  return target;
}

/** A sample of `#/components/schemas/<name>` (or of a schema object), not null at the top. */
export function sampleSchema(doc: Doc, schemaOrName: string | Schema, options: SampleOptions = {}): any {
  const schema = typeof schemaOrName === 'string' ? resolveRef(doc, `#/components/schemas/${schemaOrName}`) : schemaOrName;
  const value = sample(doc, schema, 0, true);
  return rewriteUrls(value, options);
}

function isNullable(schema: Schema): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
}

function mainType(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t: string) => t !== 'null');
  if (typeof schema.type === 'string') return schema.type;
  if (schema.properties || schema.required) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function fits(value: unknown, type: string | undefined): boolean {
  if (type === undefined) return value !== undefined;
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number';
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return !!value && typeof value === 'object' && !Array.isArray(value);
  return typeof value === type;
}

function sample(doc: Doc, schema: Schema, depth: number, top = false): any {
  if (depth > 25) return null;
  if (schema.$ref) return sample(doc, resolveRef(doc, schema.$ref), depth + 1, top);
  if (!top && isNullable(schema)) return null;
  if ('const' in schema) return schema.const;
  if (schema.allOf) {
    let merged: any = undefined;
    for (const part of schema.allOf as Schema[]) merged = overlay(merged, sample(doc, part, depth + 1, true));
    return merged;
  }
  const choices = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (choices) {
    const pick = choices.find((c) => !(c.type === 'null' || (Array.isArray(c.type) && c.type.length === 1 && c.type[0] === 'null')));
    if (!top && choices.some((c) => c.type === 'null')) return null;
    return pick ? sample(doc, pick, depth + 1, true) : null;
  }
  const type = mainType(schema);
  if (Array.isArray(schema.enum)) {
    const first = schema.enum.find((v: unknown) => v !== null);
    return first ?? null;
  }
  const example = schema.example !== undefined ? schema.example : Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (example !== undefined && type !== 'object' && type !== 'array' && fits(example, type)) return example;
  switch (type) {
    case 'object': {
      const out: Record<string, any> = {};
      for (const key of (schema.required ?? []) as string[]) {
        const property = schema.properties?.[key];
        out[key] = property ? sample(doc, property, depth + 1) : null;
      }
      return out;
    }
    case 'array': {
      const count = schema.minItems ?? 0;
      return Array.from({ length: count }, () => sample(doc, schema.items ?? {}, depth + 1, true));
    }
    case 'string':
      switch (schema.format) {
        case 'date-time':
          return FIXED_TIME;
        case 'date':
          return FIXED_TIME.slice(0, 10);
        case 'uri':
        case 'uri-template':
          return 'https://github.com/';
        case 'email':
          return 'octocat@github.com';
        default:
          return 'x'.repeat(schema.minLength ?? 0);
      }
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return schema.default === true;
    default:
      return null;
  }
}

/** Deep merge: objects merge key by key, anything else (arrays, scalars, null) replaces. */
export function overlay<T = any>(base: any, top: any): T {
  if (top === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(top)) return top;
  const out: Record<string, any> = { ...base };
  for (const [key, value] of Object.entries(top)) out[key] = overlay(base[key], value);
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, any> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function rewriteUrls(value: any, options: SampleOptions): any {
  if (!options.apiUrl && !options.serverUrl) return value;
  if (typeof value === 'string') {
    let out = value;
    if (options.apiUrl) out = out.replaceAll('https://api.github.com', options.apiUrl);
    if (options.serverUrl) out = out.replace(/^https:\/\/github\.com(?=\/|$)/, options.serverUrl);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => rewriteUrls(v, options));
  if (isPlainObject(value)) {
    const out: Record<string, any> = {};
    for (const [k, v] of Object.entries(value)) out[k] = rewriteUrls(v, options);
    return out;
  }
  return value;
}
