// The CLI as it would be without the per-post budget: the same main(), given no bundle to start
// workers from, so every post is linted in-process (as the library API does). bench/run.mjs bundles
// it with ncc at bench start and runs the PR-sized run through it beside dist/cli/index.js: the
// budget's cost for a normal run is the difference. Never shipped.
import { main } from '../src/cli/main.js';

process.exitCode = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
