import { describe, expect, it } from 'vitest';
import { byFoldedText } from '@/utils/knowledge/alias-keys';
import type { CompiledAlias } from '@/utils/knowledge/types';

describe('aliases grouped by their folded text', () => {
  const aliases: CompiledAlias[] = [
    ['Poltava', 0, 0],
    ['Poltava Oblast', 1, 0],
    ['POLTAVA', 1, 0],
    ['Vučević', 2, 1],
    ['Vucevic', 3, 1],
  ];

  it('gives each text, whatever its case or accents, what is asked of its aliases in order', () => {
    expect([...byFoldedText(aliases, (_, i) => i)]).toEqual([
      ['poltava', [0, 2]],
      ['poltava oblast', [1]],
      ['vucevic', [3, 4]],
    ]);
    expect(byFoldedText(aliases, ([, position]) => position).get('vucevic')).toEqual([2, 3]);
  });
});
