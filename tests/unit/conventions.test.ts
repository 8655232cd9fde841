import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = SOURCE_DIRS.flatMap((d) => files(join(ROOT, d))).filter((f) => /\.(ts|tsx)$/.test(f));
const rel = (f: string) => relative(ROOT, f);

describe('project conventions', () => {
  it('keeps the top level to the agreed layout', () => {
    const allowed = new Set(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints', 'components', 'assets', 'tests', 'README.md', 'utils', 'public', 'node_modules']);
    const extra = readdirSync(ROOT).filter((name) => !name.startsWith('.') && !allowed.has(name));
    expect(extra).toEqual([]);
  });

  it('makes every entrypoint a folder with an index file, and no helper loose in entrypoints/', () => {
    for (const name of readdirSync(join(ROOT, 'entrypoints'))) {
      const path = join(ROOT, 'entrypoints', name);
      expect(statSync(path).isDirectory(), `${name} should be a folder`).toBe(true);
      expect(readdirSync(path).some((f) => /^index\.(ts|tsx|html)$/.test(f)), `${name} needs an index`).toBe(true);
    }
  });

  it('keeps source files small (split past 300 lines)', () => {
    const long = sources.filter((f) => readFileSync(f, 'utf8').split('\n').length > 300).map(rel);
    expect(long).toEqual([]);
  });

  it('never injects text as HTML', () => {
    const sinks = sources.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(sinks).toEqual([]);
  });

  it('owns every content-script listener and timer through ctx', () => {
    const contentFiles = ['entrypoints/news.content', 'entrypoints/news-page.content'].flatMap((dir) => files(join(ROOT, dir)));
    const raw = contentFiles
      .filter((f) => /(?<!ctx\.)\b(window\.)?(addEventListener|setTimeout|setInterval|requestAnimationFrame|requestIdleCallback)\(/.test(readFileSync(f, 'utf8').replace(/ctx\.\w+\(/g, '')))
      .map(rel);
    expect(raw).toEqual([]);
  });

  it('gives each component one file, PascalCase, exporting its props interface', () => {
    for (const file of files(join(ROOT, 'components')).filter((f) => f.endsWith('.tsx'))) {
      const name = file.split('/').pop()!.replace('.tsx', '');
      expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
      const text = readFileSync(file, 'utf8');
      expect(text, name).toMatch(new RegExp(`export interface ${name}Props\\b`));
      expect(text, name).toMatch(new RegExp(`export function ${name}\\b`));
    }
  });

  it('names timing constants with their unit', () => {
    const text = readFileSync(join(ROOT, 'utils/card/timing.ts'), 'utf8');
    for (const [, name] of text.matchAll(/export const (\w+)/g)) expect(name).toMatch(/_(MS|NODES)$/);
  });
});
