import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The file an import specifier names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  // A package, or data (JSON) that holds no code to run.
  if (base === null || /\.json$/.test(base)) return null;
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && f.match(/\.tsx?$/));
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
  return found;
}

/** Every source file a script's code imports, following value imports only (a type import ships nothing). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)) {
      const target = resolveImport(file, spec);
      if (target) visit(target);
    }
    for (const [, spec] of text.matchAll(/import\('([^']+)'\)/g)) {
      const target = resolveImport(file, spec);
      if (target) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe('what the content scripts import', () => {
  // Pages pay for every module a content script imports: its top-level code runs on each load.
  // The knowledge compiler and the open-data generators run at build time only; a page that
  // imported them ran their tables' top-level code (a `Set` of city ids) on every page.
  it.each(['entrypoints/news-page.content/index.ts', 'entrypoints/news.content/index.ts'])('%s reaches no build-time code', (entry) => {
    const reached = [...importGraph(join(ROOT, entry))];
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.filter((f) => /^utils\/knowledge\/(compile|judged-aliases|vite-plugin|read-files|word-lists|generators\/)/.test(f))).toEqual([]);
  });
});
