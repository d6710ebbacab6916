// The event file (GITHUB_EVENT_PATH) is read once; when it cannot be used the run stops with one
// clear line naming the file (the bundle's startup path is in test/bundle.test.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFileError, eventFileProblem, readRunContext } from '../src/github/event.js';
import { projectRoot, tempDir } from './helpers.js';

describe('the event file', () => {
  it('an empty, cut, non-object, missing or folder file is an EventFileError naming the file and what is wrong', async () => {
    const dir = await tempDir('bpl-event-');
    const files: Record<string, string> = { 'empty.json': '', 'blank.json': ' \n', 'cut.json': '{"pull_request": ', 'list.json': '[1, 2]', 'null.json': 'null' };
    for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
    await fs.mkdir(path.join(dir, 'folder'));
    const cases: [string, RegExp][] = [
      ['empty.json', /is empty;/],
      ['blank.json', /is empty;/],
      ['cut.json', /is not valid JSON \(/],
      ['list.json', /holds a list, not a JSON object;/],
      ['null.json', /holds null, not a JSON object;/],
      ['missing.json', /does not exist;/],
      ['folder', /is a folder;/],
    ];
    for (const [name, reason] of cases) {
      const file = path.join(dir, name);
      const read = () => readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file });
      expect(read, name).toThrow(EventFileError);
      const message = eventFileProblem(file);
      expect(message, name).toMatch(reason);
      expect(message).toContain(`blog-post-lint: the event file ${file} (GITHUB_EVENT_PATH)`);
      expect(message).toContain('-e event.json');
      expect(message).not.toContain('\n');
    }
  });

  it('a good file is read, and no variable means a run by hand with no event', async () => {
    const dir = await tempDir('bpl-event-');
    const file = path.join(dir, 'event.json');
    await fs.writeFile(file, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: 'o/r' } }, base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } } } }));
    expect(eventFileProblem(file)).toBeUndefined();
    expect(readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })).toMatchObject({ pullNumber: 7, sameRepository: true });
    expect(eventFileProblem(undefined)).toBeUndefined();
    expect(readRunContext({}).pullNumber).toBeUndefined();
  });

  it('the action entry checks it before anything loads @actions/github (which would throw a stack trace at load)', async () => {
    const entry = await fs.readFile(path.join(projectRoot, 'src', 'index.ts'), 'utf8');
    const imports = [...entry.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(imports[0]).toBe('./github/event-guard.js');
  });
});
