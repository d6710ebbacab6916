// Types of mutate.mjs, for test/fuzz-harness.test.ts (the harness itself runs as plain node).
export interface Rng {
  next(): number;
  int(max: number): number;
  range(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  size(min: number, max: number): number;
}
export interface PoolEntry {
  name: string;
  bytes: Uint8Array;
}
export interface Input {
  index: number;
  base: string;
  mutations: string[];
  bytes: Buffer;
}
export declare function hash32(text: string): number;
export declare function createRng(seed: number | string): Rng;
export declare function lineStarts(bytes: Uint8Array): number[];
export declare function bodyStart(bytes: Buffer): number;
export declare const METACHARACTERS: string[];
export declare const MUTATORS: Array<{ name: string; weight: number; fn: (rng: Rng, bytes: Buffer) => { bytes: Uint8Array; variant: string } }>;
export declare const MAX_INPUT_BYTES: number;
export declare function generateInput(seed: number | string, index: number, pool: PoolEntry[]): Input;
export declare function mutate(name: string, seed: number | string, bytes: Uint8Array): { bytes: Buffer; variant: string };
