import { expect } from 'vitest';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { findMatches } from '@/utils/matching/match';
import type { CompiledAlias } from '@/utils/knowledge/types';

/** A small dictionary: entity name → aliases (prefix `~` for weak). */
export function dictionary(entries: Record<string, string[]>) {
  const names = Object.keys(entries);
  const aliases: CompiledAlias[] = names.flatMap((name, i) =>
    [name, ...entries[name]].map((a): CompiledAlias => (a.startsWith('~') ? [a.slice(1), i, 1] : [a, i, 0])),
  );
  const index = buildAliasIndex(aliases);
  // The shipped form of the same aliases must find exactly the same: every rule test checks both.
  const packed = indexPacked(packIndex(aliases));
  // And as a reader's pack packed at install, beside an empty bundled index.
  const asPack = indexPacked(packIndex([]), [{ packed: JSON.parse(JSON.stringify(packIndex(aliases))), positions: names.map((_, i) => i) }]);
  /** What is found in `parts` (text nodes of one block), as [entity name, matched text, weak]. */
  return (...parts: string[]) => {
    const found = findMatches(parts, index);
    expect(findMatches(parts, packed), 'packed index').toEqual(found);
    expect(findMatches(parts, asPack), 'packed pack').toEqual(found);
    // The scanner hands over reused buffers longer than the run: nothing past `count` is read.
    expect(findMatches([...parts, ' Viktor Orbán in Kyiv', 'EU'], index, parts.length), 'reused buffer').toEqual(found);
    return found.map((m) => {
      const text =
        m.startPart === m.endPart
          ? parts[m.startPart].slice(m.startOffset, m.endOffset)
          : parts[m.startPart].slice(m.startOffset) + parts.slice(m.startPart + 1, m.endPart).join('') + parts[m.endPart].slice(0, m.endOffset);
      return m.weak ? [names[m.entity], text, 'weak'] : [names[m.entity], text];
    });
  };
}

/** Reads the first `[…]` of `marked` as a name: the text without the brackets and where the name starts and ends in it. */
export function bracketed(marked: string): [text: string, start: number, end: number] {
  const start = marked.indexOf('[');
  return [marked.replace('[', '').replace(']', ''), start, marked.indexOf(']') - 1];
}
