// The action front door: inputs -> the same engine as the CLI -> annotations, job summary,
// outputs and the run's status. One try/catch, ending in setFailed with a message, never a stack.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getInputs, InputError } from './inputs.js';
import { createEnvironment, lintFiles, selectPosts } from './engine/lint.js';
import { resolveSettings } from './config/settings.js';
import { ConfigError, loadConfig } from './config/load.js';
import { formatJson } from './report/json.js';
import { formatMarkdown } from './report/markdown.js';
import { formatText } from './report/text.js';
import { annotate } from './report/annotations.js';
import { shouldFail } from './report/verdict.js';
import type { Report } from './engine/types.js';

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const root = path.resolve(workspace, inputs.workingDirectory);
    const rootStat = await fs.stat(root).catch(() => undefined);
    if (!rootStat?.isDirectory()) {
      throw new InputError(`input working-directory "${inputs.workingDirectory}" is not a folder in the workspace (${workspace}); is the repository checked out (actions/checkout)?`);
    }
    const loaded = await loadConfig(root, inputs.config);
    const settingsInput = loaded.input;
    if (inputs.preset) settingsInput.preset = inputs.preset;
    if (inputs.lang) settingsInput.lang = inputs.lang;
    if (inputs.maxFileSize) settingsInput.maxFileSize = inputs.maxFileSize;
    const settings = resolveSettings(settingsInput);

    const environment = await createEnvironment(root, settings);
    const files = selectPosts(environment.repo, settings, inputs.paths);
    core.info(`blog-post-lint: ${files.length} posts under ${path.relative(workspace, root) || '.'} (preset ${settings.preset.name})`);
    if (files.length === 0) {
      // Not a failure (a change may touch no posts), but never silent: a wrong preset or glob shows here.
      core.warning(`blog-post-lint: no posts matched ${(inputs.paths.length > 0 ? inputs.paths : settings.posts).join(', ')} under ${path.relative(workspace, root) || '.'}; check the paths and preset inputs.`);
    }
    const report = await lintFiles(files, environment);

    core.startGroup('Problems');
    core.info(formatText(report));
    core.endGroup();

    // Annotation paths are relative to the repository root, where GitHub looks for them.
    const prefix = path.relative(workspace, root).split(path.sep).join('/');
    annotate(report, prefix, core);
    await writeSummary(report);
    const reportPath = await writeReport(report);

    core.setOutput('errors', report.errorCount);
    core.setOutput('warnings', report.warningCount);
    core.setOutput('report', reportPath);
    if (shouldFail(report, inputs.failOn)) {
      core.setFailed(`blog-post-lint found ${report.errorCount} errors and ${report.warningCount} warnings (fail-on: ${inputs.failOn}).`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) core.setFailed(error.message);
    else core.setFailed(`blog-post-lint: internal error: ${(error as Error).message}`);
  }
}

async function writeSummary(report: Report): Promise<void> {
  // core.summary.write() throws without GITHUB_STEP_SUMMARY (a run by hand, some local runners).
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(formatMarkdown(report, { limit: 1_000_000 })).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

async function writeReport(report: Report): Promise<string> {
  const directory = process.env.RUNNER_TEMP || os.tmpdir();
  const file = path.join(directory, 'blog-post-lint-report.json');
  await fs.writeFile(file, formatJson(report));
  return file;
}
