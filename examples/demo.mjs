// `npm run demo`: what a pull request gets. Runs the action bundle (dist/index.js) on the example
// blog the way a GitHub runner does for a pull request that adds its five posts — every input of
// action.yml at its default, the event file from examples/act, a job-summary file, an outputs
// file — against a small stand-in for GitHub's API on 127.0.0.1 (nothing is sent anywhere). The
// stand-in answers the handful of requests the action makes: the PR's files (each post as an added
// file, with its patch), the existing comments (none), the review and the summary comment it posts.
// Then it prints the summary comment once, the review's inline comments with their suggestions as a
// reviewer sees them, and what `--fix` would change.
//
// `npm run demo -- --ko` shows it in Korean. BLOG_POST_LINT_BUNDLE=<dir> runs another build of the
// action (a dir holding index.js and cli/index.js), as the demo's test does.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.resolve(process.env.BLOG_POST_LINT_BUNDLE || path.join(root, 'dist'));
const blog = path.join(root, 'examples', 'blog');
const lang = process.argv.includes('--ko') ? 'ko' : 'en';
const OWNER = 'you';
const REPO = 'your-blog';
const PULL = 1;
const HEAD_SHA = '5e1f0a7c3b2d4e6f8a9b0c1d2e3f4a5b6c7d8e9f';
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

async function main() {
  const github = await startGitHub();
  let run;
  try {
    run = await runAction(github.url);
  } finally {
    github.close();
  }
  const { state } = github;
  const t = lang === 'ko' ? ko : en;

  heading(t.log);
  console.log(run.log.trimEnd());

  const comment = state.issueComments[0];
  heading(t.comment(comment ? 1 : 0));
  console.log(comment ? comment.body.trimEnd() : t.noComment);

  const review = state.reviews[0];
  // In the order of the diff, as the "Files changed" tab shows them.
  const inline = (review ? review.comments : []).slice().sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  heading(t.review(inline.length));
  for (const entry of inline) {
    const lines = entry.start_line ? `${entry.start_line}-${entry.line}` : `${entry.line}`;
    console.log(`\n▸ ${entry.path}:${lines}`);
    // The fingerprint is an HTML comment: GitHub does not show it.
    console.log(indent(entry.body.replace(/\n*<!-- blog-post-lint:fp=[^>]*-->\s*$/, '')));
  }
  const suggestions = inline.filter((entry) => entry.body.includes('```suggestion')).length;

  heading(t.fix);
  console.log(t.fixHow(suggestions));
  const diff = fixPreview();
  console.log(diff ? `\n${t.fixDiff}\n\n${diff}` : `\n${t.fixNone}`);

  heading(t.outputs);
  console.log(readFileSync(path.join(temp, 'outputs.txt'), 'utf8').replace(/<<ghadelimiter_[\w-]+\n/g, '=').replace(/\nghadelimiter_[\w-]+/g, '').trimEnd());
  if (github.unexpected.length > 0) console.log(`\n${t.unexpected}\n${github.unexpected.map((request) => `  ${request}`).join('\n')}`);
  console.log(`\n${t.exit(run.status)}`);
}

// ---- the run ----

function runAction(apiUrl) {
  const summary = path.join(temp, 'step-summary.md');
  const outputs = path.join(temp, 'outputs.txt');
  const event = path.join(temp, 'event.json');
  writeFileSync(summary, '');
  writeFileSync(outputs, '');
  // The act event, with a commit SHA in place of act's "HEAD" (the links and the review name it).
  const payload = JSON.parse(readFileSync(path.join(root, 'examples', 'act', 'pull_request.json'), 'utf8'));
  payload.pull_request.head.sha = HEAD_SHA;
  writeFileSync(event, JSON.stringify(payload));
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`INPUT_${name.toUpperCase()}`, String(input.default ?? '')]));
  const env = {
    PATH: process.env.PATH,
    ...inputs,
    'INPUT_GITHUB-TOKEN': 'ghs_demo_token_for_the_local_stand_in',
    INPUT_LANG: lang,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_WORKSPACE: blog,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
  };
  // Asynchronous: the stand-in answers from this process's event loop.
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(bundle, 'index.js')], { cwd: blog, env });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, log }));
  });
}

/** `blog-post-lint --fix` on a copy of the example blog, as a diff of what it changed. */
function fixPreview() {
  const before = path.join(temp, 'before');
  const after = path.join(temp, 'after');
  cpSync(blog, before, { recursive: true });
  cpSync(blog, after, { recursive: true });
  spawnSync(process.execPath, [path.join(bundle, 'cli', 'index.js'), '--fix', '--lang', lang], { cwd: after, encoding: 'utf8' });
  const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '-U0', '--', 'before', 'after'], { cwd: temp, encoding: 'utf8' });
  if (diff.error) return listChanged(before, after);
  // The file name once per file, then its changed lines.
  return diff.stdout
    .split('\n')
    .filter((line) => !/^(diff --git|index |--- )/.test(line))
    .map((line) => (line.startsWith('+++ ') ? `\n${line.replace(/^\+\+\+ b\/after\//, '')}` : line))
    .join('\n')
    .trim();
}

function listChanged(before, after) {
  const posts = readdirSync(path.join(before, '_posts'));
  return posts.filter((post) => readFileSync(path.join(before, '_posts', post), 'utf8') !== readFileSync(path.join(after, '_posts', post), 'utf8')).map((post) => `_posts/${post}`).join('\n');
}

// ---- the stand-in for GitHub's API ----

async function startGitHub() {
  const state = { issueComments: [], reviews: [] };
  const unexpected = [];
  const files = readdirSync(path.join(blog, '_posts'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ sha: '0'.repeat(40), filename: `_posts/${name}`, status: 'added', additions: 0, deletions: 0, changes: 0, patch: addedPatch(readFileSync(path.join(blog, '_posts', name), 'utf8')) }));
  const repoPath = `/repos/${OWNER}/${REPO}`;
  const html = `https://github.com/${OWNER}/${REPO}/pull/${PULL}`;

  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = text ? JSON.parse(text) : {};
    const url = new URL(request.url, 'http://localhost');
    const route = `${request.method} ${url.pathname}`;
    const page = Number(url.searchParams.get('page') || 1);
    const send = (status, data) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(data));
    };
    if (route === `GET ${repoPath}/pulls/${PULL}/files`) return send(200, page === 1 ? files : []);
    if (route === `GET ${repoPath}/pulls/${PULL}/comments`) return send(200, []);
    if (route === `GET ${repoPath}/issues/${PULL}/comments`) return send(200, page === 1 ? state.issueComments : []);
    if (route === `POST ${repoPath}/issues/${PULL}/comments`) {
      const comment = { id: 100 + state.issueComments.length, body: body.body, user: BOT, html_url: `${html}#issuecomment-${100 + state.issueComments.length}` };
      state.issueComments.push(comment);
      return send(201, comment);
    }
    if (route === `POST ${repoPath}/pulls/${PULL}/reviews`) {
      const review = { id: 200 + state.reviews.length, body: body.body, state: 'COMMENTED', comments: body.comments ?? [], html_url: `${html}#pullrequestreview-${200 + state.reviews.length}` };
      state.reviews.push(review);
      return send(200, review);
    }
    if (route === 'POST /graphql' && /reviewThreads/.test(body.query ?? '')) {
      return send(200, { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } } } });
    }
    unexpected.push(route);
    send(404, { message: 'Not Found (the demo stands in for only the requests a pull-request run makes)' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, state, unexpected, close: () => server.close() };
}

/** A new file's patch as GitHub gives it: one hunk, every line added. */
function addedPatch(text) {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`;
}

// ---- printing ----

function heading(title) {
  console.log(`\n──── ${title} ────\n`);
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
}

const en = {
  log: 'the action log (annotations are the ::error / ::warning lines)',
  comment: (count) => (count ? 'the summary comment on the pull request (markdown, as posted; GitHub renders it like docs/comment-problems.png)' : 'the summary comment on the pull request'),
  noComment: '(none was posted: see the log above)',
  review: (count) => `the review: ${count} inline comments on the pull request's diff, each at its file and line`,
  fix: 'fixing',
  fixHow: (count) =>
    [
      `${count} of the review comments carry a \`\`\`suggestion block: GitHub shows it as a "Suggested change" with a`,
      '"Commit suggestion" button (or "Add suggestion to batch" to commit several at once).',
      'Or fix them locally: `npx blog-post-lint --fix` in the blog (or `fix: commit` in the workflow, and',
      'the action pushes the fixes to the pull request itself). Problems without a fix need a person.',
    ].join('\n'),
  fixDiff: '`blog-post-lint --fix` on a copy of examples/blog changes:',
  fixNone: '`blog-post-lint --fix` changed nothing.',
  outputs: 'outputs',
  unexpected: 'Requests the stand-in did not expect (answered 404):',
  exit: (status) => `The action exited ${status}: ${status === 0 ? 'the check passes' : 'the check fails (fail-on: error), as it should for this blog'}.`,
};

const ko = {
  log: '액션 로그 (::error / ::warning 줄이 주석입니다)',
  comment: (count) => (count ? '풀 리퀘스트의 요약 댓글 (올린 그대로의 마크다운, GitHub에서는 docs/comment-problems.png처럼 보입니다)' : '풀 리퀘스트의 요약 댓글'),
  noComment: '(올리지 못했습니다. 위 로그를 보세요)',
  review: (count) => `리뷰: 풀 리퀘스트 변경 사항의 해당 파일과 줄에 단 인라인 댓글 ${count}개`,
  fix: '고치기',
  fixHow: (count) =>
    [
      `리뷰 댓글 중 ${count}개에는 \`\`\`suggestion 블록이 있습니다. GitHub는 이를 "Suggested change"로 보여 주고`,
      '"Commit suggestion" 버튼으로 바로 커밋할 수 있습니다(여러 개는 "Add suggestion to batch").',
      '로컬에서 고치려면 블로그에서 `npx blog-post-lint --fix`를 실행하세요(워크플로에 `fix: commit`을 두면',
      '액션이 수정을 풀 리퀘스트에 직접 커밋합니다). 자동 수정이 없는 문제는 직접 고쳐야 합니다.',
    ].join('\n'),
  fixDiff: 'examples/blog 복사본에 `blog-post-lint --fix`를 실행하면 바뀌는 내용:',
  fixNone: '`blog-post-lint --fix`가 바꾼 것이 없습니다.',
  outputs: '출력값',
  unexpected: '대역 서버가 예상하지 못한 요청(404로 응답):',
  exit: (status) => `액션 종료 코드 ${status}: ${status === 0 ? '검사 통과' : '검사 실패(fail-on: error), 이 블로그라면 그래야 합니다'}.`,
};

// Last, so that everything above is defined.
const temp = mkdtempSync(path.join(os.tmpdir(), 'blog-post-lint-demo-'));
try {
  await main();
} finally {
  rmSync(temp, { recursive: true, force: true });
}
