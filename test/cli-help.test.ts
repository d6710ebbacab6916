// What `--help` and exit code 2 tell a user, checked against what the CLI does.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presets, type PresetName } from '../src/presets/index.js';
import { makeBlog as blog, runCli } from './helpers.js';

const post = '---\ntitle: A post\ndate: 2025-03-03\n---\n\n## Section\n\n#### Too deep\n';

describe('--help', () => {
  it('names every folder each preset lints when no paths are given', async () => {
    const help = (await runCli(['--help'], process.cwd())).stdout;
    const presetText = help.slice(help.indexOf('With no paths'), help.indexOf('With no --preset')).replace(/\s+/g, ' ');
    for (const name of Object.keys(presets) as PresetName[]) {
      if (name === 'markdown') continue;
      const said = new RegExp(`${name}: ([^,]+(?:, (?!\\w+:)[^,]+)*)`).exec(presetText)?.[1] ?? '';
      for (const glob of presets[name].posts) {
        const folder = glob.slice(0, glob.search(/[*?{[]/));
        expect(said, `help for ${name} names ${folder}`).toContain(folder);
      }
    }
  });

  it('a Jekyll draft is linted with no paths, as the help says', async () => {
    const root = await blog({ '_config.yml': 'title: t\n', '_posts/2025-03-03-a.md': post, '_drafts/b.md': post });
    const run = await runCli(['--format', 'json'], root);
    expect(JSON.parse(run.stdout).files).toEqual(['_drafts/b.md', '_posts/2025-03-03-a.md']);
    expect((await runCli(['--help'], root)).stdout).toContain('jekyll: _posts/ and _drafts/');
  });

  it('--rules shows the severity of this run, and the help says so', async () => {
    const root = await blog({ '_config.yml': 'title: t\n', '_posts/2025-03-03-a.md': post, '.blog-post-lint.yml': 'rules:\n  heading-increment: error\n  final-newline: off\n' });
    const rules = (await runCli(['--rules'], root)).stdout;
    expect(rules).toMatch(/^heading-increment\s+error\s/m); // its default is warning
    expect(rules).toMatch(/^final-newline\s+off\s/m);
    const help = (await runCli(['--help'], root)).stdout;
    const line = help.slice(help.indexOf('  --rules'), help.indexOf('  --no-color')).replace(/\s+/g, ' ');
    expect(line).not.toContain('default severity');
    expect(line).toContain('the config file');
  });
});

describe('exit 2', () => {
  it('is one line on stderr for a usage error, a config error and an unexpected failure', async () => {
    const root = await blog({ '_config.yml': 'title: t\n', '_posts/2025-03-03-a.md': post });
    const report = (await runCli(['--format', 'json'], root)).stdout;
    await fs.writeFile(path.join(root, 'report.json'), report);
    const runs = [
      await runCli(['--format', 'yaml'], root),
      await runCli(['--config', 'nope.yml'], root),
      // Writing the merged report into a folder that does not exist failed with a stack trace.
      await runCli(['--merge', 'report.json', '--output', path.join(root, 'no', 'such', 'folder', 'out.md')], root),
    ];
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr, run.stderr).toMatch(/^blog-post-lint: [^\n]+\n$/);
    }
    expect(runs[0]!.stderr).toContain('--format must be text, json, sarif or markdown (got "yaml") (see blog-post-lint --help)');
    expect(runs[2]!.stderr).toContain('ENOENT');
  });
});
