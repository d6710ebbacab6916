// Types of minimize.mjs, for test/fuzz-harness.test.ts.
export declare function ddmin<T>(items: T[], fails: (items: T[]) => boolean | Promise<boolean>, options?: { deadline?: number; cache?: Map<string, boolean>; key?: (items: T[]) => string }): Promise<{ items: T[]; tests: number }>;
export declare function shrinkBytes(bytes: Uint8Array, fails: (bytes: Buffer) => boolean | Promise<boolean>, options?: { deadline?: number; maxByteUnits?: number }): Promise<{ bytes: Buffer; tests: number }>;
export declare function splitLines(bytes: Buffer): Buffer[];
export declare function longestRun(bytes: Buffer): { start: number; unit: number; repeats: number } | undefined;
