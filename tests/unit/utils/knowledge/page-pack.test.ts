import { describe, expect, it } from 'vitest';
import { toPagePack } from '@/utils/knowledge/make-page-pack';
import { readPagePack } from '@/utils/knowledge/page-pack';
import type { KnowledgePack } from '@/utils/knowledge/types';
import { goodPack } from './bad-packs';

const parts = toPagePack('k1', true, goodPack() as KnowledgePack);

describe("a pack's page parts", () => {
  it('hold its headers and index, and read back whole through JSON', () => {
    expect(parts.headers).toEqual({ ids: 'jane-example', names: 'Jane Example', types: '0' });
    expect(parts.index.packed.count).toBe(3);
    expect(readPagePack(JSON.parse(JSON.stringify(parts)))).toEqual(parts);
  });

  it('read as none when any part is missing, damaged or inconsistent', () => {
    const damaged: unknown[] = [
      null,
      'parts',
      { ...parts, key: 1 },
      { ...parts, enabled: 'yes' },
      { ...parts, index: { ...parts.index, format: 0 } },
      { ...parts, headers: null },
      { ...parts, headers: { ...parts.headers, names: 7 } },
      { ...parts, headers: { ...parts.headers, types: '9' } },
      { ...parts, headers: { ...parts.headers, types: ' ' } },
      { ...parts, headers: { ...parts.headers, types: '00' } },
      { ...parts, headers: { ...parts.headers, names: 'Jane Example\nOther' } },
    ];
    for (const value of damaged) expect(readPagePack(value), JSON.stringify(value)).toBeNull();
  });
});
