// Types of harness.mjs, for test/fuzz-harness.test.ts.
export interface Failure {
  kind: string;
  pass: number;
  detail: string;
  post?: number;
}
export interface Outcome {
  failures: Failure[];
  runs: Array<{ pass: number; code: number | null; signal: string | null; timedOut: boolean; wallMs: number; cpuMs: number; rssMb: number; posts: number }>;
  tooComplex: string[];
  fixableLeft: number;
  dir: string;
}
export declare const KINDS: Record<string, string>;
export declare const ENGINES: Record<string, unknown>;
export declare const HAS_GNU_TIME: boolean;
export declare function failureClass(kind: string): string;
export declare function changedLines(before: Uint8Array, after: Uint8Array): number[];
export declare function lineChanges(before: Uint8Array, after: Uint8Array): { changed: number[]; inserted: number[]; atEnd: number };
export declare function editScript(a: string[], b: string[], maxEdits: number): Array<{ type: 'delete'; line: number } | { type: 'insert'; after: number }> | undefined;
export declare function strayLines(before: Uint8Array, after: Uint8Array, fixable: Set<number>): number[];
export declare function hasStackTrace(stderr: string): boolean;
export declare function splitArgs(text: string): string[];
export declare function checkPosts(posts: Array<{ index: number; bytes: Uint8Array }>, options: { node: string; cli: string; cliArgs?: string[]; tmpRoot: string; engine: string; startupMs?: number; startupCpuMs?: number; avgPostMs?: number; postBudgetMs?: number; rssBudgetMb?: number; overBudgetRule?: string; lastPass?: number; killAtBudget?: boolean; keep?: boolean }): Promise<Outcome>;
