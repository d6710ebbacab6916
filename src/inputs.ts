// The action's inputs, read once into a typed object (nothing else calls core.getInput). Defaults
// mirror action.yml, because `node dist/index.js` run by hand gets no INPUT_* variables at all.
import * as core from '@actions/core';
import { isPresetName, type PresetName } from './presets/index.js';
import { isLang } from './i18n/index.js';
import { isFailOn, type FailOn } from './report/verdict.js';
import { parseSize } from './config/load.js';
import type { Lang } from './core/types.js';
import { parseShard, type Shard } from './runner/shard.js';
import { DEFAULT_BUDGET, parseMegabytes, parseSeconds, POST_MEMORY_RANGE, POST_TIMEOUT_RANGE } from './runner/parallel.js';

export interface ActionInputs {
  paths: string[];
  preset?: PresetName;
  config?: string;
  lang?: Lang;
  failOn: FailOn;
  maxFileSize?: number;
  workingDirectory: string;
  /** Empty when the workflow passes none (act without -s, a run by hand). */
  githubToken: string;
  /** Post the summary comment and the review on pull requests. */
  comment: boolean;
  maxInlineComments: number;
  /** The account the token writes as (GITHUB_TOKEN: github-actions[bot]). */
  botLogin: string;
  /** `i/n`: lint only this slice of the posts (a matrix job of a full audit). */
  shard?: Shard;
  /** A content-hash cache file (keep it with actions/cache). */
  cache?: string;
  /** Fork mode's publish side: the downloaded artifact to post; nothing is linted. */
  publishReport?: string;
  /** On push events, post the summary as a commit comment on the pushed head (when there are problems). */
  commitComment: boolean;
  /** `commit`: push one commit with the automatic fixes to a same-repository pull request's branch. */
  fix: FixMode;
  /** Seconds one post may take to lint before it is stopped and reported (file-too-complex). */
  postTimeout: number;
  /** MB of heap the worker linting a post may use before it is stopped and reported (file-too-complex). */
  postMemory: number;
}

export type FixMode = 'off' | 'commit';

export class InputError extends Error {}

export function getInputs(): ActionInputs {
  const preset = core.getInput('preset').trim();
  const lang = core.getInput('lang').trim();
  const failOn = core.getInput('fail-on').trim() || 'error';
  const maxFileSize = core.getInput('max-file-size').trim();
  const config = core.getInput('config').trim();
  if (preset && !isPresetName(preset)) throw new InputError(`input preset must be jekyll, hugo, hexo, astro or markdown (got "${preset}")`);
  if (lang && !isLang(lang)) throw new InputError(`input lang must be en or ko (got "${lang}")`);
  if (!isFailOn(failOn)) throw new InputError(`input fail-on must be error, warning or never (got "${failOn}")`);
  const size = maxFileSize ? parseSize(maxFileSize) : undefined;
  if (maxFileSize && size === undefined) throw new InputError(`input max-file-size must be a size like 512KB or 2MB (got "${maxFileSize}")`);
  const maxInline = core.getInput('max-inline-comments').trim() || '25';
  if (!/^\d+$/.test(maxInline)) throw new InputError(`input max-inline-comments must be a whole number (got "${maxInline}")`);
  const comment = (core.getInput('comment').trim() || 'true').toLowerCase();
  if (!['true', 'false'].includes(comment)) throw new InputError(`input comment must be true or false (got "${comment}")`);
  const commitComment = (core.getInput('commit-comment').trim() || 'false').toLowerCase();
  if (!['true', 'false'].includes(commitComment)) throw new InputError(`input commit-comment must be true or false (got "${commitComment}")`);
  const fix = (core.getInput('fix').trim() || 'off').toLowerCase();
  if (fix !== 'off' && fix !== 'commit') throw new InputError(`input fix must be off or commit (got "${fix}")`);
  const postTimeoutText = core.getInput('post-timeout').trim();
  const postTimeout = postTimeoutText ? parseSeconds(postTimeoutText) : DEFAULT_BUDGET.timeoutMs / 1000;
  if (postTimeout === undefined) throw new InputError(`input post-timeout must be a number of seconds from ${POST_TIMEOUT_RANGE.min} to ${POST_TIMEOUT_RANGE.max}, e.g. 10 or 2.5 (got "${postTimeoutText}")`);
  const postMemoryText = core.getInput('post-memory').trim();
  const postMemory = postMemoryText ? parseMegabytes(postMemoryText) : DEFAULT_BUDGET.memoryMb;
  if (postMemory === undefined) throw new InputError(`input post-memory must be a whole number of megabytes from ${POST_MEMORY_RANGE.min} to ${POST_MEMORY_RANGE.max}, e.g. 128 (got "${postMemoryText}")`);
  const inputs: ActionInputs = {
    paths: splitList(core.getInput('paths')),
    failOn,
    workingDirectory: core.getInput('working-directory').trim() || '.',
    // An unevaluated `${{ github.token }}` (the action.yml default read outside a runner) is no token.
    githubToken: /^\$\{\{/.test(core.getInput('github-token').trim()) ? '' : core.getInput('github-token').trim(),
    comment: comment === 'true',
    maxInlineComments: Number(maxInline),
    botLogin: core.getInput('bot-login').trim() || 'github-actions[bot]',
    commitComment: commitComment === 'true',
    fix,
    postTimeout,
    postMemory,
  };
  const shardText = core.getInput('shard').trim();
  if (shardText) {
    const shard = parseShard(shardText);
    if (!shard) throw new InputError(`input shard must be i/n with 1 <= i <= n, e.g. 2/4 (got "${shardText}")`);
    inputs.shard = shard;
  }
  const cache = core.getInput('cache').trim();
  if (cache) inputs.cache = cache;
  const publishReport = core.getInput('publish-report').trim();
  if (publishReport) inputs.publishReport = publishReport;
  if (preset) inputs.preset = preset as PresetName;
  if (lang) inputs.lang = lang as Lang;
  if (config) inputs.config = config;
  if (size) inputs.maxFileSize = size;
  return inputs;
}

/** Lists come as one per line or comma-separated, like actions/labeler's. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}
