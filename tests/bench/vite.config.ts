import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { knowledgePlugin } from '../../utils/knowledge/vite-plugin.ts';

/** Bundles the content script's pipeline for the benchmark page (same code, minified the same way). */
export default defineConfig({
  plugins: [knowledgePlugin()],
  resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.tmp/bench'),
    emptyOutDir: false,
    lib: { entry: resolve(import.meta.dirname, 'bench-entry.ts'), formats: ['iife'], name: 'NewsContextBench', fileName: () => 'bench-bundle.js' },
  },
});
