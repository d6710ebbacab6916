#!/usr/bin/env node
// Write the tree of one commit of a bare git directory out to a folder, without `git clone`.
//
//   node bench/precision/checkout.mjs <git-dir> <commit-ish> <dest> [--force]
//
// Why not clone: the snapshots the `fetch` tool brings lack blobs of about 4 MiB and more, and a
// clone aborts its checkout on the first one. Here every file of `git ls-tree -r -z <commit>` is
// read through one `git cat-file --batch`; a blob missing from the snapshot becomes a tiny
// placeholder file (so the linter does not report a real image as missing). Submodules (gitlinks)
// are skipped; symlinks are written as symlinks. Paths are kept as raw bytes (NFD Hangul, odd
// names), never re-encoded. Prints the resolved commit and what was written, missing or skipped.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [gitDir, commitish, dest] = args.filter((arg) => arg !== '--force');
if (!gitDir || !commitish || !dest) {
  console.error('usage: node bench/precision/checkout.mjs <git-dir> <commit-ish> <dest> [--force]');
  process.exit(2);
}

const git = (...gitArgs) => execFileSync('git', ['--git-dir', gitDir, ...gitArgs], { maxBuffer: 1 << 30 });
const commit = git('rev-parse', '--verify', `${commitish}^{commit}`).toString().trim();

if (fs.existsSync(dest) && fs.readdirSync(dest).length > 0) {
  if (!force) {
    console.error(`${dest} exists and is not empty (pass --force to replace it)`);
    process.exit(2);
  }
  fs.rmSync(dest, { recursive: true, force: true });
}
fs.mkdirSync(dest, { recursive: true });

// "<mode> SP <type> SP <oid> TAB <path>" NUL, paths as bytes.
const listing = git('ls-tree', '-r', '-z', '--full-tree', commit);
const entries = [];
let skippedSubmodules = 0;
for (let start = 0; start < listing.length; ) {
  const end = listing.indexOf(0, start);
  const record = listing.subarray(start, end === -1 ? listing.length : end);
  start = end === -1 ? listing.length : end + 1;
  if (record.length === 0) continue;
  const tab = record.indexOf(9);
  const [mode, type, oid] = record.subarray(0, tab).toString('latin1').split(' ');
  const filePath = Buffer.from(record.subarray(tab + 1));
  if (type === 'commit') {
    skippedSubmodules++;
    continue;
  }
  if (type !== 'blob') continue;
  entries.push({ mode, oid, filePath });
}

const destBytes = Buffer.from(dest.endsWith('/') ? dest : dest + '/');
const target = (filePath) => Buffer.concat([destBytes, filePath]);
const madeDirs = new Set();
function ensureParent(fullPath) {
  const slash = fullPath.lastIndexOf(47);
  if (slash <= 0) return;
  const dir = fullPath.subarray(0, slash);
  const key = dir.toString('latin1');
  if (madeDirs.has(key)) return;
  fs.mkdirSync(dir, { recursive: true });
  madeDirs.add(key);
}

let written = 0;
const missing = [];
function writeEntry(entry, content) {
  const full = target(entry.filePath);
  ensureParent(full);
  if (content === null) {
    missing.push(entry.filePath.toString());
    fs.writeFileSync(full, `placeholder: blob ${entry.oid} is missing from the fetched snapshot\n`);
  } else if (entry.mode === '120000') {
    fs.symlinkSync(content, full);
  } else {
    fs.writeFileSync(full, content);
    if (entry.mode === '100755') fs.chmodSync(full, 0o755);
  }
  written++;
}

// One cat-file process; answers come back in request order: "<oid> blob <size>\n<bytes>\n" or
// "<oid> missing\n".
const catFile = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
let pending = Buffer.alloc(0);
let index = 0;
let need = null; // { size } while reading a blob body
catFile.stdout.on('data', (chunk) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  for (;;) {
    if (need === null) {
      const newline = pending.indexOf(10);
      if (newline === -1) break;
      const header = pending.subarray(0, newline).toString('latin1').split(' ');
      pending = pending.subarray(newline + 1);
      if (header[1] === 'missing') {
        writeEntry(entries[index++], null);
        continue;
      }
      need = { size: Number(header[2]) };
    }
    if (pending.length < need.size + 1) break;
    writeEntry(entries[index++], Buffer.from(pending.subarray(0, need.size)));
    pending = pending.subarray(need.size + 1);
    need = null;
  }
});
catFile.on('close', (code) => {
  if (code !== 0 || index !== entries.length) {
    console.error(`git cat-file ended with ${code} after ${index} of ${entries.length} blobs`);
    process.exit(1);
  }
  console.log(JSON.stringify({ commit, dest, files: written, missing: missing.length, skippedSubmodules }));
  for (const file of missing) console.log(`missing blob, placeholder written: ${file}`);
});
// Write the requests in slices so a large tree does not sit in one giant buffer.
(async () => {
  for (let i = 0; i < entries.length; i += 1000) {
    const ok = catFile.stdin.write(entries.slice(i, i + 1000).map((entry) => entry.oid + '\n').join(''));
    if (!ok) await new Promise((resolve) => catFile.stdin.once('drain', resolve));
  }
  catFile.stdin.end();
})();
