// The action's inputs, read once into a typed object (nothing else calls core.getInput). Defaults
// mirror action.yml, because `node dist/index.js` run by hand gets no INPUT_* variables at all.
import * as core from '@actions/core';
import type { PresetName } from '../presets/index.js';
import type { FailOn } from '../report/verdict.js';
import type { Lang } from '../core/types.js';
import type { Shard } from '../runner/shard.js';
import { DEFAULT_BUDGET } from '../runner/budget.js';
import { OptionError, parseOption, type SharedOption } from '../options.js';

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

export function getInputs(): ActionInputs {
  // The options the CLI takes too, by the shared parsers (`input <name> must be …`); empty is unset.
  const given = <K extends SharedOption>(name: K) => {
    const text = core.getInput(name).trim();
    return text ? parseOption(name, text, `input ${name}`) : undefined;
  };
  // In the order the errors have always been reported.
  const preset = given('preset');
  const lang = given('lang');
  const failOn = given('fail-on') ?? 'error';
  const maxFileSize = given('max-file-size');
  const config = core.getInput('config').trim();
  const maxInline = core.getInput('max-inline-comments').trim() || '25';
  if (!/^\d+$/.test(maxInline)) throw new OptionError(`input max-inline-comments must be a whole number (got "${maxInline}")`);
  const comment = (core.getInput('comment').trim() || 'true').toLowerCase();
  if (!['true', 'false'].includes(comment)) throw new OptionError(`input comment must be true or false (got "${comment}")`);
  const commitComment = (core.getInput('commit-comment').trim() || 'false').toLowerCase();
  if (!['true', 'false'].includes(commitComment)) throw new OptionError(`input commit-comment must be true or false (got "${commitComment}")`);
  const fix = (core.getInput('fix').trim() || 'off').toLowerCase();
  if (fix !== 'off' && fix !== 'commit') throw new OptionError(`input fix must be off or commit (got "${fix}")`);
  const postTimeout = given('post-timeout') ?? DEFAULT_BUDGET.timeoutMs / 1000;
  const postMemory = given('post-memory') ?? DEFAULT_BUDGET.memoryMb;
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
  const shard = given('shard');
  if (shard) inputs.shard = shard;
  const cache = core.getInput('cache').trim();
  if (cache) inputs.cache = cache;
  const publishReport = core.getInput('publish-report').trim();
  if (publishReport) inputs.publishReport = publishReport;
  if (preset) inputs.preset = preset;
  if (lang) inputs.lang = lang;
  if (config) inputs.config = config;
  if (maxFileSize) inputs.maxFileSize = maxFileSize;
  return inputs;
}

/** Lists come as one per line or comma-separated, like actions/labeler's. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}
