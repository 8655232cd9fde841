import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Real browsers, one file at a time: two cores cannot run two browsers well. */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/e2e-results.json' },
  },
});
