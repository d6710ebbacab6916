// The import graph of src/: every import goes to the same layer or a lower-numbered one (the table
// in src/README.md), and no file reaches itself again through its imports (type-only imports
// count too: a cycle of types is still a knot a reader has to untie).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.js';

const srcRoot = path.join(projectRoot, 'src');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return Promise.resolve(entry.name.endsWith('.ts') ? [full] : []);
  }));
  return nested.flat();
}

/** file (relative to src/) -> the src/ files it imports. */
async function importGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of await sourceFiles(srcRoot)) {
    const text = await fs.readFile(file, 'utf8');
    const targets = ts.preProcessFile(text, true, true).importedFiles
      .map((reference) => reference.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.relative(srcRoot, path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts'))));
    graph.set(path.relative(srcRoot, file), targets);
  }
  return graph;
}

/** folder (first path segment, `.` for files at the top of src/) -> its layer, from src/README.md. */
async function layers(): Promise<Map<string, number>> {
  const readme = await fs.readFile(path.join(srcRoot, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- layers:start -->'), readme.indexOf('<!-- layers:end -->'));
  const layerOf = new Map<string, number>();
  for (const row of table.matchAll(/^\| (\d+) \| ([^|]+) \|/gm)) {
    for (const folder of row[2]!.matchAll(/`([^`]+)`/g)) layerOf.set(folder[1]!, Number(row[1]));
  }
  return layerOf;
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/** Every cycle's files (Tarjan's strongly connected components of more than one file, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the layers of src/', () => {
  it('every folder of src/ has a layer in src/README.md', async () => {
    const graph = await importGraph();
    const layerOf = await layers();
    const folders = [...new Set([...graph.keys()].map(folderOf))].sort();
    expect(folders.filter((folder) => !layerOf.has(folder)), 'folders missing from the table in src/README.md').toEqual([]);
  });

  it('imports go to the same layer or a lower one, never up', async () => {
    const graph = await importGraph();
    const layerOf = await layers();
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = layerOf.get(folderOf(file))!;
        const to = layerOf.get(folderOf(target))!;
        if (to > from) upward.push(`${file} (layer ${from}) imports ${target} (layer ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle, type-only imports included', async () => {
    expect(cycles(await importGraph())).toEqual([]);
  });

  it('finds a cycle and an upward import when there is one (the checks can fail)', () => {
    const graph = new Map([['post/a.ts', ['post/b.ts']], ['post/b.ts', ['rules/c.ts']], ['rules/c.ts', ['post/a.ts']]]);
    expect(cycles(graph)).toEqual([['post/a.ts', 'post/b.ts', 'rules/c.ts']]);
  });
});
