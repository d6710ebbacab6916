// Cuts GitHub's published REST description (@octokit/openapi's api.github.com.json, 13 MB) down to
// the operations the action calls, plus every component those operations reach through `$ref`, so
// prism can load it in about a second and still validate every request and response against
// GitHub's own schemas.
//
// The output is deterministic (object keys sorted, arrays kept in order) and written to
// test/fixtures/github/api.trimmed.json. test/github/spec.test.ts regenerates it in memory and
// fails when the committed file differs. To rewrite it after upgrading @octokit/openapi:
//
//   UPDATE_GITHUB_SPEC=1 npx vitest run test/github/spec.test.ts
//   node_modules/.bin/node test/github/trim-spec.ts          (node >= 23.6 strips the types)
//
// This file only uses erasable TypeScript syntax and node: imports, so node 24 can run it as is.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The operations kept, as [method, path]. `POST /graphql` is not part of the REST description. */
export const OPERATIONS: ReadonlyArray<readonly [string, string]> = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['post', '/repos/{owner}/{repo}/commits/{commit_sha}/comments'],
  // commit-comment on pushes: find the action's own comment on the commit (a re-run updates it).
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/comments'],
  ['patch', '/repos/{owner}/{repo}/comments/{comment_id}'],
  // fix: commit (Git Data API): check the branch, read the head commit's tree, write one commit.
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['get', '/user'],
  ['post', '/graphql'],
];

const here = dirname(fileURLToPath(import.meta.url));
export const TRIMMED_SPEC_PATH = resolve(here, '../fixtures/github/api.trimmed.json');

/** The installed full description, parsed. */
export function loadFullSpec(): JsonObject {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

export interface TrimResult {
  spec: JsonObject;
  /** Operations asked for that the description does not have (e.g. `POST /graphql`). */
  missing: string[];
}

/** Keeps OPERATIONS and what they reference; see the file comment. */
export function trimSpecWithReport(full: JsonObject, operations = OPERATIONS): TrimResult {
  const fullPaths = full.paths as Record<string, JsonObject>;
  const components = (full.components ?? {}) as Record<string, Record<string, Json>>;
  const paths: Record<string, JsonObject> = {};
  const missing: string[] = [];
  for (const [method, path] of operations) {
    const item = fullPaths[path];
    const operation = item?.[method];
    if (!item || !operation) {
      missing.push(`${method.toUpperCase()} ${path}`);
      continue;
    }
    const kept = (paths[path] ??= {});
    kept[method] = operation;
    // Path-level fields (parameters shared by all methods, summary, servers) go with the path.
    for (const key of ['parameters', 'summary', 'description']) if (item[key] !== undefined) kept[key] = item[key];
  }

  // Walk $refs transitively: every `#/components/<kind>/<name>` reached is copied.
  const keptComponents: Record<string, Record<string, Json>> = {};
  const seen = new Set<string>();
  const queue: Json[] = [paths];
  while (queue.length) {
    const node = queue.pop();
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (seen.has(value)) continue;
        seen.add(value);
        const match = /^#\/components\/([^/]+)\/(.+)$/.exec(value);
        if (!match) throw new Error(`unsupported $ref ${value}`);
        const kind = match[1]!;
        const name = match[2]!.replace(/~1/g, '/').replace(/~0/g, '~');
        const target = components[kind]?.[name];
        if (target === undefined) throw new Error(`dangling $ref ${value}`);
        (keptComponents[kind] ??= {})[name] = target;
        queue.push(target);
      } else if (value && typeof value === 'object') {
        queue.push(value);
      }
    }
  }

  const usedTags = new Set<string>();
  for (const item of Object.values(paths))
    for (const op of Object.values(item)) if (op && typeof op === 'object' && !Array.isArray(op)) for (const tag of (op.tags as string[] | undefined) ?? []) usedTags.add(tag);

  const spec: JsonObject = {
    openapi: full.openapi!,
    info: {
      ...(full.info as JsonObject),
      description: `A subset of ${String((full.info as JsonObject).title)} ${String((full.info as JsonObject).version)} ` +
        '(@octokit/openapi generated/api.github.com.json) generated by test/github/trim-spec.ts for contract tests; do not edit.',
    },
    // No `servers`: the only place requests go is the loopback upstream given to `prism proxy`.
    tags: ((full.tags ?? []) as JsonObject[]).filter((tag) => usedTags.has(String(tag.name))),
    paths,
    components: keptComponents,
  };
  if (full.externalDocs) spec.externalDocs = full.externalDocs;
  return { spec: sortKeys(spec) as JsonObject, missing };
}

export function trimSpec(full: JsonObject): JsonObject {
  return trimSpecWithReport(full).spec;
}

/** The file text: sorted keys, two-space indentation, final newline. */
export function serializeSpec(spec: JsonObject): string {
  return `${JSON.stringify(sortKeys(spec), null, 2)}\n`;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]!);
  return out;
}

export function writeTrimmedSpec(file = TRIMMED_SPEC_PATH): TrimResult {
  const result = trimSpecWithReport(loadFullSpec());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serializeSpec(result.spec));
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { spec, missing } = writeTrimmedSpec();
  let count = 0;
  for (const item of Object.values(spec.paths as JsonObject)) count += Object.keys(item as JsonObject).filter((k) => k !== 'parameters').length;
  console.log(`wrote ${TRIMMED_SPEC_PATH}: ${count} operations; not in the description: ${missing.join(', ') || 'none'}`);
}
