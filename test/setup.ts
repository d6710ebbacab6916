// Runs in every test file (vitest `setupFiles`): the temp folders its tests made are removed when
// the file ends, so a run leaves nothing in the system temp directory (test/temp-cleanup.test.ts).
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);
