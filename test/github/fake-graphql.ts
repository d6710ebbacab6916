// The fake's GraphQL endpoint (POST /graphql), checked against GitHub's published GraphQL schema
// (@octokit/graphql-schema) the way prism checks REST against the OpenAPI description:
//
// - every document is parsed and validated with graphql-js, and its variables coerced; anything
//   GitHub would refuse (unknown field, wrong argument, missing `first`, a variable of the wrong
//   type, `first` over 100) is answered the way GitHub answers it AND recorded as a violation;
// - the answer comes from EXECUTING the document against that schema, with resolvers over the fake's
//   state, so a response is schema-valid by construction. A resolver error that is not one GitHub
//   sends on purpose (NOT_FOUND, FORBIDDEN) means the fake lacks something: also a violation.
//
// The schema is built from the package's schema.json (introspection), as the package's own
// `validate` does: its schema.graphql defines two fields of EnterpriseOwnerInfo twice, which
// `buildSchema` rejects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  executeSync,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { Violation } from './prism.js';
import { projectRoot } from '../helpers.js';

// The package exports only its entry point, which parses this file eagerly; read it when needed.
const SCHEMA_JSON = path.join(projectRoot, 'node_modules', '@octokit', 'graphql-schema', 'schema.json');

let schemaCache: GraphQLSchema | undefined;
/** GitHub's GraphQL schema (built once per process: the JSON is 5 MB). */
export function githubGraphQLSchema(): GraphQLSchema {
  if (!schemaCache) {
    const json = JSON.parse(readFileSync(SCHEMA_JSON, 'utf8')) as IntrospectionQuery | { data: IntrospectionQuery };
    schemaCache = buildClientSchema('data' in json ? json.data : json);
  }
  return schemaCache;
}

/** An error GitHub sends on purpose, with its `type` (NOT_FOUND, FORBIDDEN, ...). Not a violation. */
export class GitHubGraphQLError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** A request GitHub refuses (pagination limits and the like): answered as GitHub does, and a violation. */
export class RefusedRequest extends Error {}

export interface GraphQLAnswer {
  status: number;
  body: unknown;
  violations: Violation[];
}

const violation = (message: string, location: string[] = ['request', 'body']): Violation => ({ location, severity: 'Error', code: 'graphql', message });

/**
 * Validates and executes one POST /graphql body. `rootValue` holds the Query and Mutation fields;
 * nested objects are plain objects whose fields are values or `(args) => value`.
 */
export function answerGraphQL(body: unknown, rootValue: Record<string, unknown>, schema: GraphQLSchema = githubGraphQLSchema()): GraphQLAnswer {
  if (typeof body !== 'object' || body === null) {
    return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' }, violations: [violation('the body is not a JSON object')] };
  }
  const { query, variables, operationName } = body as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return refuse([{ message: 'A query attribute must be specified and must be a string.' }], 'no `query` string in the body');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
    return refuse([{ message: 'Variables are invalid JSON.' }], '`variables` is not an object');

  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return refuse([graphQLErrorJson(error as GraphQLError)], `syntax: ${(error as Error).message}`);
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return refuse(invalid.map(graphQLErrorJson), ...invalid.map((e) => `document: ${e.message}`));

  const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
  if (!operation) return refuse([{ message: 'An operation name is required when the document has several operations.' }], 'no operation to run');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (variables ?? {}) as Record<string, unknown>);
  if (coerced.errors) return refuse(coerced.errors.map(graphQLErrorJson), ...coerced.errors.map((e) => `variables: ${e.message}`));

  const result = executeSync({
    schema,
    document,
    rootValue,
    variableValues: (variables ?? {}) as Record<string, unknown>,
    ...(typeof operationName === 'string' ? { operationName } : {}),
  });
  const violations: Violation[] = [];
  const errors = (result.errors ?? []).map((error) => {
    const original = error.originalError;
    if (original instanceof GitHubGraphQLError) return { type: original.type, ...graphQLErrorJson(error) };
    violations.push(violation(`${original instanceof RefusedRequest ? 'refused' : 'the fake could not answer'}: ${error.message} (at ${(error.path ?? []).join('.')})`, ['response', 'body']));
    return graphQLErrorJson(error);
  });
  const out: Record<string, unknown> = { data: result.data ?? null };
  if (errors.length > 0) out.errors = errors;
  return { status: 200, body: out, violations };
}

/** GitHub answers a document it cannot run with 200 and `errors` only. */
function refuse(errors: unknown[], ...reasons: string[]): GraphQLAnswer {
  return { status: 200, body: { errors }, violations: reasons.map((reason) => violation(reason)) };
}

function graphQLErrorJson(error: GraphQLError): Record<string, unknown> {
  const out: Record<string, unknown> = { message: error.message };
  if (error.locations) out.locations = error.locations;
  if (error.path) out.path = error.path;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Connections (GitHub's cursor pagination)

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const encodeCursor = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');
function decodeCursor(cursor: string, field: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new RefusedRequest(`\`${cursor}\` does not appear to be a valid cursor for \`${field}\`.`);
  return Number(match[1]);
}

/** A connection over `items` as GitHub pages it: `first` or `last` required, at most 100. */
export function connection<T, U>(items: T[], args: ConnectionArgs, field: string, map: (item: T) => U) {
  const { first, last, after, before } = args;
  if (typeof first !== 'number' && typeof last !== 'number') throw new RefusedRequest(`You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`);
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (typeof value !== 'number') continue;
    if (value < 0) throw new RefusedRequest(`\`${name}\` on the \`${field}\` connection cannot be less than zero.`);
    if (value > 100) throw new RefusedRequest(`Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of 100 records.`);
  }
  let start = after ? decodeCursor(after, field) + 1 : 0;
  let end = before ? decodeCursor(before, field) : items.length;
  if (typeof first === 'number') end = Math.min(end, start + first);
  if (typeof last === 'number') start = Math.max(start, end - last);
  const window = items.slice(start, end).map((item, i) => ({ index: start + i, node: map(item) }));
  return {
    totalCount: items.length,
    nodes: window.map((w) => w.node),
    edges: window.map((w) => ({ cursor: encodeCursor(w.index), node: w.node })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: window.length ? encodeCursor(window[0]!.index) : null,
      endCursor: window.length ? encodeCursor(window[window.length - 1]!.index) : null,
    },
  };
}
