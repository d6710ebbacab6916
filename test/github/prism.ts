// Starts `prism proxy` (@stoplight/prism-cli) on loopback in front of an upstream (the fake GitHub)
// with GitHub's trimmed REST description, and a small "tap" in front of prism that records every
// exchange and the violations prism reports:
//
//   client (Octokit, the action) ──> tap ──> prism proxy --errors ──> fake GitHub
//
// - A request that breaks the description (missing `body`, unknown route, wrong type) gets prism's
//   422 (or 404 for a route not in the description) and never reaches the upstream.
// - A response that breaks the description becomes prism's 500 "VIOLATIONS" — the fake is wrong,
//   and `violations()` says how.
// - GitHub answers statuses its description leaves out (403 on listFiles, 502 anywhere, 404 on
//   listReviews). When the upstream says it sent such a status on purpose (`lookup`, see
//   fake-github.ts), the tap passes the upstream's response through instead of prism's 500 and files
//   the violation under `exempted`.
//
// Everything listens on 127.0.0.1; `startPrism` refuses any other host or upstream.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';
import type { AddressInfo } from 'node:net';
import { TRIMMED_SPEC_PATH } from './trim-spec.js';

export interface UpstreamLookup {
  (requestId: string):
    | { status: number; headers: Record<string, string>; body: string; undocumented: boolean; violations?: Violation[] }
    | undefined;
}

export interface PrismOptions {
  /** Where prism forwards valid requests; must be a loopback http URL. */
  upstream: string;
  /** OpenAPI document; default test/fixtures/github/api.trimmed.json. Must be a local file. */
  spec?: string;
  /** Prism's port; 0 (default) lets the OS choose. */
  port?: number;
  /** `--errors` (default true): request violations are rejected, response violations become 500s. */
  errors?: boolean;
  /** `--validate-request` (default true). */
  validateRequest?: boolean;
  /** Put the recording tap in front of prism (default true); `url` is then the tap's. */
  tap?: boolean;
  /** Lets the tap pass through responses the upstream marks as deliberately undocumented. */
  lookup?: UpstreamLookup;
  /** Requests the tap sends straight to the upstream, around prism (GraphQL: not in the REST
   *  description). Their violations are the ones the upstream reports through `lookup`. */
  bypass?: (method: string, path: string) => boolean;
  /** Milliseconds to wait for "Prism is listening" (default 60 s). */
  startTimeoutMs?: number;
  /** Every line prism prints (ANSI stripped), e.g. `console.log` while debugging. */
  onLog?: (line: string) => void;
}

export interface Violation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export interface Exchange {
  id: string;
  method: string;
  path: string;
  query: string;
  requestBody: string;
  status: number;
  /** prism answered itself (validation, unknown route): the upstream never saw the request. */
  rejectedByPrism: boolean;
  /** The problem+json prism answered with, if it did. */
  problem?: { type: string; title: string; status: number; detail: string; validation?: Violation[] };
  /** From the `sl-violations` header and the problem's `validation`. */
  violations: Violation[];
  /** Violations of deliberately undocumented upstream responses (passed through). */
  exempted: Violation[];
  durationMs: number;
}

export interface PrismServer {
  /** Base URL clients use: the tap's (or prism's when `tap: false`). */
  readonly url: string;
  /** Prism's own URL. */
  readonly prismUrl: string;
  readonly pid: number | undefined;
  /** Milliseconds from spawn to "Prism is listening". */
  readonly startupMs: number;
  /** Tap records, oldest first. */
  readonly exchanges: Exchange[];
  /** Violations that were not exempted, across all exchanges. */
  violations(): Array<Violation & { method: string; path: string; status: number }>;
  /** Throws with a readable report if `violations()` is not empty. */
  assertNoViolations(): void;
  /** Everything prism printed (ANSI stripped). */
  output(): string;
  /** Lines of prism's log that report violations or errors. */
  violationLog(): string[];
  /** Forget exchanges and output (between tests). */
  clear(): void;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const REQUEST_ID_HEADER = 'x-contract-request-id';

function assertLoopbackUrl(value: string, what: string): URL {
  const url = new URL(value);
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) throw new Error(`${what} must be an http URL on loopback, got ${value}`);
  return url;
}

export function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = require(pkgPath) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.prism!;
  return join(dirname(pkgPath), bin);
}

const WATCHDOG = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
const stop = () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); };
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
`;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  const upstream = assertLoopbackUrl(options.upstream, 'upstream');
  const spec = options.spec ?? TRIMMED_SPEC_PATH;
  if (/^[a-z]+:\/\//i.test(spec)) throw new Error(`spec must be a local file, got ${spec}`);
  const args = [
    prismBin(),
    'proxy',
    spec,
    upstream.origin,
    '--host',
    '127.0.0.1',
    '--port',
    String(options.port ?? 0),
    `--errors=${options.errors ?? true}`,
    `--validate-request=${options.validateRequest ?? true}`,
    '--cors=false',
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Nothing but loopback: no proxy settings leak into prism's upstream fetches.
  for (const key of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) delete env[key];

  const started = Date.now();
  // prism runs under a watchdog that kills it when this process goes away (its stdin pipe closes),
  // so a crashed or killed test worker never leaves a prism behind.
  const child: ChildProcess = spawn(process.execPath, ['-e', WATCHDOG, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  let pending = '';
  const onChunk = (chunk: Buffer) => {
    const text = chunk.toString('utf8').replace(ANSI, '');
    log += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLog?.(line);
  };
  child.stdout!.on('data', onChunk);
  child.stderr!.on('data', onChunk);

  const prismUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prism did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${log}`));
    }, options.startTimeoutMs ?? 60_000);
    const check = () => {
      const match = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        child.stderr!.off('data', check);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`prism exited (${code ?? signal}) before listening:\n${log}`));
    });
  });
  const startupMs = Date.now() - started;
  assertLoopbackUrl(prismUrl, 'prism');

  const exchanges: Exchange[] = [];
  let tapServer: http.Server | undefined;
  let tapUrl = prismUrl;
  const agent = new http.Agent({ keepAlive: true });

  if (options.tap ?? true) {
    let counter = 0;
    const target = new URL(prismUrl);
    tapServer = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const t0 = Date.now();
        const id = `req-${process.pid}-${++counter}`;
        const requestBody = Buffer.concat(chunks);
        recordRequest(req.method ?? 'GET', req.url ?? '', requestBody);
        const headers: http.OutgoingHttpHeaders = { ...req.headers };
        headers[REQUEST_ID_HEADER] = id;
        headers['x-forwarded-host'] = req.headers.host ?? tapUrl.replace(/^http:\/\//, '');
        headers['x-forwarded-proto'] = 'http';
        const direct = options.bypass?.(req.method ?? 'GET', (req.url ?? '').split('?')[0]!) ?? false;
        const destination = direct ? upstream : target;
        headers.host = destination.host;
        const forward = http.request(
          { host: destination.hostname, port: destination.port, method: req.method, path: req.url, headers, agent },
          (upstreamRes) => {
            const body: Buffer[] = [];
            upstreamRes.on('data', (c: Buffer) => body.push(c));
            upstreamRes.on('end', () => {
              const text = Buffer.concat(body).toString('utf8');
              const status = upstreamRes.statusCode ?? 0;
              const [path = '', query = ''] = (req.url ?? '').split('?');
              if (direct) {
                // Around prism: the upstream checked the request itself and says what was wrong.
                const reached = options.lookup?.(id);
                const violations = reached ? (reached.violations ?? []) : [{ location: ['request'], severity: 'Error', message: 'the upstream has no record of this request' }];
                exchanges.push({ id, method: req.method ?? 'GET', path, query, requestBody: requestBody.toString('utf8'), status, rejectedByPrism: false, violations, exempted: [], durationMs: Date.now() - t0 });
                const passed: http.OutgoingHttpHeaders = { ...upstreamRes.headers };
                for (const hop of ['content-length', 'transfer-encoding', 'connection', 'keep-alive']) delete passed[hop];
                res.writeHead(status, passed);
                res.end(Buffer.concat(body));
                return;
              }
              const exchange: Exchange = {
                id,
                method: req.method ?? 'GET',
                path,
                query,
                requestBody: requestBody.toString('utf8'),
                status,
                rejectedByPrism: false,
                violations: [],
                exempted: [],
                durationMs: 0,
              };
              const contentType = String(upstreamRes.headers['content-type'] ?? '');
              const header = upstreamRes.headers['sl-violations'];
              if (typeof header === 'string') {
                try {
                  exchange.violations.push(...(JSON.parse(header.replace(/^Too many violations! /, '')) as Violation[]));
                } catch {
                  exchange.violations.push({ location: [], severity: 'Error', message: header });
                }
              }
              if (contentType.includes('application/problem+json')) {
                try {
                  exchange.problem = JSON.parse(text);
                } catch {
                  /* not JSON after all */
                }
                for (const v of exchange.problem?.validation ?? [])
                  if (!exchange.violations.some((w) => w.message === v.message && w.location.join('.') === v.location.join('.'))) exchange.violations.push(v);
              }
              const reached = options.lookup?.(id);
              if (exchange.problem && exchange.violations.length === 0 && !reached) {
                // Rejected without a validation list: a route or method the description does not
                // have (NO_PATH_MATCHED_ERROR, NO_METHOD_MATCHED_ERROR), a body on a GET, ...
                const p = exchange.problem;
                exchange.violations.push({ location: ['request'], severity: 'Error', code: p.status, message: `${p.title}: ${p.detail} (${p.type})` });
              }
              exchange.rejectedByPrism = !!exchange.problem && !reached;
              let outStatus = status;
              let outHeaders: http.OutgoingHttpHeaders = { ...upstreamRes.headers };
              let outBody: string | Buffer = Buffer.concat(body);
              let passedThrough = false;
              if (reached?.undocumented) {
                // The upstream meant this status; GitHub's description just does not list it.
                const onlyStatusViolations = exchange.violations.every((v) => v.location[0] === 'response');
                if (onlyStatusViolations) {
                  exchange.exempted = exchange.violations;
                  exchange.violations = [];
                  outStatus = reached.status;
                  outHeaders = { ...reached.headers };
                  outBody = reached.body;
                  passedThrough = true;
                }
              }
              if (exchange.problem && !passedThrough) {
                // Octokit only parses application/json: restate prism's report the way GitHub words
                // errors, so a client's log says what was wrong ("[prism] Request body must ...").
                const problem = exchange.problem;
                const details = (problem.validation ?? []).map((v) => v.message);
                outHeaders = { 'content-type': 'application/json; charset=utf-8', 'x-contract-rejected-by': 'prism' };
                outBody = JSON.stringify({
                  message: `[prism] ${problem.title}${details.length ? `: ${details.join('; ')}` : problem.detail ? `: ${problem.detail}` : ''}`,
                  documentation_url: problem.type,
                  status: String(outStatus),
                  prism: problem,
                });
              }
              exchange.status = outStatus;
              exchange.durationMs = Date.now() - t0;
              exchanges.push(exchange);
              delete outHeaders['sl-violations'];
              delete outHeaders['content-length'];
              delete outHeaders['transfer-encoding'];
              delete outHeaders.connection;
              delete outHeaders['keep-alive'];
              res.writeHead(outStatus, outHeaders);
              res.end(outBody);
            });
          },
        );
        forward.on('error', (error) => {
          exchanges.push({
            id,
            method: req.method ?? 'GET',
            path: req.url ?? '',
            query: '',
            requestBody: requestBody.toString('utf8'),
            status: 502,
            rejectedByPrism: true,
            violations: [{ location: [], severity: 'Error', message: `tap could not reach prism: ${error.message}` }],
            exempted: [],
            durationMs: Date.now() - t0,
          });
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `tap could not reach prism: ${error.message}` }));
        });
        forward.end(requestBody);
      });
    });
    await new Promise<void>((resolve, reject) => {
      tapServer!.once('error', reject);
      tapServer!.listen(0, '127.0.0.1', () => resolve());
    });
    tapUrl = `http://127.0.0.1:${(tapServer.address() as AddressInfo).port}`;
  }

  let stopped = false;
  const server: PrismServer = {
    url: tapUrl,
    prismUrl,
    pid: child.pid,
    startupMs,
    exchanges,
    violations() {
      return exchanges.flatMap((e) => e.violations.map((v) => ({ ...v, method: e.method, path: e.path, status: e.status })));
    },
    assertNoViolations() {
      const list = server.violations();
      if (list.length === 0) return;
      const report = list.map((v) => `${v.method} ${v.path} -> ${v.status}: [${v.severity}] ${v.location.join('.')} ${v.message}`).join('\n');
      throw new Error(`prism reported ${list.length} violation(s) of GitHub's published API description (REST, or GraphQL for bypassed requests):\n${report}`);
    },
    output() {
      return log;
    },
    violationLog() {
      return log.split('\n').filter((line) => /Violation:|Request terminated with error/.test(line));
    },
    clear() {
      exchanges.length = 0;
      log = '';
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      agent.destroy();
      if (tapServer) {
        tapServer.closeAllConnections();
        await new Promise<void>((resolve) => tapServer!.close(() => resolve()));
      }
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.stdin?.end();
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  return server;
}

/**
 * With BLOG_POST_LINT_RECORD_REQUESTS=<file>, every request that reaches the tap is appended to that
 * file as one JSON line: the test it belongs to, its method, path with query, and body. Two records of
 * the same tests (before and after a refactoring) are compared with `diff` once sorted by test.
 */
function recordRequest(method: string, url: string, body: Buffer): void {
  const file = process.env.BLOG_POST_LINT_RECORD_REQUESTS;
  if (!file) return;
  const state = expect.getState();
  const test = `${relative(process.cwd(), state.testPath ?? '')} > ${state.currentTestName ?? ''}`;
  appendFileSync(file, JSON.stringify({ test, method, url, body: body.toString('utf8') }) + '\n');
}
