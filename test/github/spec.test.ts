// test/fixtures/github/api.trimmed.json must be exactly what trim-spec.ts makes from the installed
// @octokit/openapi, so an upgrade of GitHub's description cannot leave the contract tests validating
// against a stale copy. Regenerate with:
//
//   UPDATE_GITHUB_SPEC=1 npx vitest run test/github/spec.test.ts
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, TRIMMED_SPEC_PATH, loadFullSpec, serializeSpec, trimSpecWithReport, writeTrimmedSpec } from './trim-spec.js';

const REGENERATE = 'UPDATE_GITHUB_SPEC=1 npx vitest run test/github/spec.test.ts';

describe('trimmed GitHub REST description', () => {
  const full = loadFullSpec();
  const { spec, missing } = trimSpecWithReport(full);
  const text = serializeSpec(spec);

  it('is committed and identical to a fresh trim of the installed @octokit/openapi', () => {
    if (process.env.UPDATE_GITHUB_SPEC) writeTrimmedSpec();
    expect(existsSync(TRIMMED_SPEC_PATH), `missing ${TRIMMED_SPEC_PATH}; run ${REGENERATE}`).toBe(true);
    const committed = readFileSync(TRIMMED_SPEC_PATH, 'utf8');
    // Not toBe(text): a 200 KB diff helps nobody. Say what changed, then compare.
    if (committed !== text) {
      const before = JSON.parse(committed);
      const changed = [...new Set([...Object.keys(before.components?.schemas ?? {}), ...Object.keys((spec.components as any).schemas)])].filter(
        (name) => JSON.stringify(before.components?.schemas?.[name]) !== JSON.stringify((spec.components as any).schemas[name]),
      );
      expect.fail(`api.trimmed.json is stale (info.version ${before.info?.version} vs ${(spec.info as any).version}; schemas changed: ${changed.join(', ') || 'none'}). Run ${REGENERATE}`);
    }
  });

  it('keeps exactly the operations the action uses; POST /graphql is not in the REST description', () => {
    const kept = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => ['get', 'post', 'patch', 'delete', 'put'].includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const wanted = OPERATIONS.map(([m, p]) => `${m.toUpperCase()} ${p}`).filter((op) => op !== 'POST /graphql');
    expect(kept.sort()).toEqual(wanted.sort());
    expect(missing).toEqual(['POST /graphql']);
  });

  it('is self-contained: every $ref resolves inside the file', () => {
    const refs = new Set(text.match(/"\$ref": "[^"]+"/g)?.map((r) => r.slice(9, -1)));
    expect(refs.size).toBeGreaterThan(20);
    for (const ref of refs) {
      const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
      expect((spec.components as any)[kind!]?.[name!], ref).toBeDefined();
    }
    // Nothing unreachable was copied either.
    for (const [kind, entries] of Object.entries(spec.components as Record<string, object>))
      for (const name of Object.keys(entries)) expect(refs.has(`#/components/${kind}/${name}`), `${kind}/${name}`).toBe(true);
  });

  it('names no server: prism only ever forwards to the loopback upstream it is given', () => {
    expect(spec.servers).toBeUndefined();
    expect(spec.openapi).toBe(full.openapi);
  });

  it('is deterministic', () => {
    expect(serializeSpec(trimSpecWithReport(loadFullSpec()).spec)).toBe(text);
  });
});
