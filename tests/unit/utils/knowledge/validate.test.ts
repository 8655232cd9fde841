import { describe, expect, it } from 'vitest';
import { checkPackText, isRealDate } from '@/utils/knowledge/validate';
import { BAD_PACKS, goodPack } from './bad-packs';

const known = { knownIds: new Set(['hungary']) };

describe('pack validation', () => {
  it('accepts a good pack', () => {
    const result = checkPackText(JSON.stringify(goodPack()), known);
    expect(result.ok).toBe(true);
  });

  it.each(BAD_PACKS)('refuses %s with a precise error', (_why, text, path, message) => {
    const result = checkPackText(text, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.path === path && message.test(e.message))).toBe(true);
  });

  it('reports every problem at once', () => {
    const pack = goodPack() as unknown as { entities: Record<string, unknown>[] };
    pack.entities[0].name = '<b>x</b>';
    pack.entities[0].description = 'y'.repeat(300);
    pack.entities[0].type = 'planet';
    const result = checkPackText(JSON.stringify(pack), known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path).sort()).toEqual(['entities[0].description', 'entities[0].name', 'entities[0].type']);
  });

  it('knows real dates', () => {
    expect(['2024', '2024-02', '2024-02-29', '1963-05-31'].every(isRealDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '2024-04-31'].some(isRealDate)).toBe(false);
  });
});
