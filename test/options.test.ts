// The options both front doors take are parsed by one parser each (src/runner/options.ts): a bad
// value reads the same from the CLI and from the action, but for how each door names the option.
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { getInputs } from '../src/action/inputs.js';
import { OptionError } from '../src/options.js';
import { projectRoot, runCli } from './helpers.js';

const blog = path.join(projectRoot, 'examples', 'blog');
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** The action's error for INPUT_<NAME>=value, without its `input ` prefix. */
function actionError(name: string, value: string): string {
  process.env = { ...saved, [`INPUT_${name.toUpperCase()}`]: value };
  try {
    getInputs();
  } catch (error) {
    expect(error).toBeInstanceOf(OptionError);
    return (error as Error).message.replace(/^input /, '');
  }
  throw new Error(`input ${name}=${value} was accepted`);
}

/** The CLI's error for --name value, without its `--` prefix and the `(see … --help)` hint. */
async function cliError(name: string, value: string): Promise<string> {
  const run = await runCli([`--${name}`, value], blog);
  expect(run.code).toBe(2);
  return run.stderr.trim().replace(/^blog-post-lint: --/, '').replace(/ \(see blog-post-lint --help\)$/, '');
}

describe('the same option, the same words from either door', () => {
  it.each([
    ['preset', 'wordpress', 'preset must be jekyll, hugo, hexo, astro or markdown (got "wordpress")'],
    ['lang', 'fr', 'lang must be en or ko (got "fr")'],
    ['fail-on', 'sometimes', 'fail-on must be error, warning or never (got "sometimes")'],
    ['max-file-size', 'huge', 'max-file-size must be a size like 512KB or 2MB (got "huge")'],
    ['shard', '5/4', 'shard must be i/n with 1 <= i <= n, e.g. 2/4 (got "5/4")'],
    ['post-timeout', 'soon', 'post-timeout must be a number of seconds from 0.1 to 3600, e.g. 10 or 2.5 (got "soon")'],
    ['post-memory', '16', 'post-memory must be a whole number of megabytes from 64 to 65536, e.g. 128 (got "16")'],
  ])('%s %s', async (name, value, message) => {
    expect(actionError(name, value)).toBe(message);
    expect(await cliError(name, value)).toBe(message);
  });
});
