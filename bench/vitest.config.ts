// Only for `npm run bench` (bench/run.mjs runs it): the request-count scenarios, kept out of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
