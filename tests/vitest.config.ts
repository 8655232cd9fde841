import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { knowledgePlugin } from '../utils/knowledge/vite-plugin.ts';

// WxtVitest does not apply wxt.config.ts's `vite` section: repeat its plugins here.
export default defineConfig({
  plugins: [WxtVitest(), preact(), knowledgePlugin()],
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/unit-results.json' },
  },
});
