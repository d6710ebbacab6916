// Loaded first by the action's entry (src/index.ts), before anything imports @actions/github: that
// package parses GITHUB_EVENT_PATH as it loads and dies with a stack trace on an empty or broken
// file. A broken file is checked here and hidden from it; the entry then fails the step with
// one clear line instead of running (src/github/event.ts reads the file for everything else).
import { isMainThread } from 'node:worker_threads';
import { eventFileProblem } from './event.js';

export const startupEventProblem = isMainThread ? eventFileProblem(process.env.GITHUB_EVENT_PATH) : undefined;
if (startupEventProblem) delete process.env.GITHUB_EVENT_PATH;
