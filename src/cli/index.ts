#!/usr/bin/env node
// The terminal front door: everything lives in main(); this file only hands over argv and exits.
import { main } from './main.js';

process.exitCode = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
