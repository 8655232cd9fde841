import { describe, expect, it } from 'vitest';
import { AliasFlag, buildAliasIndex } from '@/utils/matching/alias-index';
import { eachMatch } from '@/utils/matching/match';
import { createPageMemory } from '@/utils/matching/page-memory';
import { hashOf } from '@/utils/matching/tokenize';
import type { CompiledAlias } from '@/utils/knowledge/types';

// Chad the country (a given name too), Chad Wolf the person, Israel the country; Mark Rutte,
// whose "Mark" is a common given name, and Richardson, a town in Texas.
const aliases: CompiledAlias[] = [
  ['Chad', 0, AliasFlag.GivenName],
  ['Chad Wolf', 1, 0],
  ['Israel', 2, AliasFlag.GivenName],
  ['Mali', 3, 0],
  ['Mark Rutte', 4, AliasFlag.GivenFirst],
  ['Richardson', 5, 0],
];
const index = buildAliasIndex(aliases);

/** Each block in turn, with one page's set of run heads: "entity:text:afterNameRun" per match. */
function scan(...blocks: string[]): { found: string[]; heads: Set<number> } {
  const memory = createPageMemory();
  const found: string[] = [];
  for (const block of blocks) eachMatch([block], index, 1, (m) => void found.push(`${m.entity}:${block.slice(m.startOffset, m.endOffset)}:${m.afterNameRun}`), undefined, undefined, memory);
  return { found, heads: memory.personNameWords };
}

describe('names the page wrote as part of a person\'s: a given name at a run\'s head, a surname after a known given name (TextMatch.afterNameRun)', () => {
  it('notes "Chad" in "Chad Miller" and flags the bare "Chad" after it', () => {
    const { found, heads } = scan('Chad Miller, who runs the shop, kept the generator going.', 'By Friday, Chad said, the town had power again.');
    expect(heads).toEqual(new Set([hashOf('chad')]));
    expect(found).toEqual(['0:Chad:true']);
  });

  it('notes nothing where a body\'s noun follows ("Chad Police", as "Victoria Police"): a body, not a person', () => {
    const { found, heads } = scan('Officers of the Chad Police Force said the road was shut.', 'By Friday, Chad said, the town had power again.');
    expect(heads.size).toBe(0);
    expect(found).toEqual(['0:Chad:false']);
  });

  it('notes it at a sentence start too, where the capital says nothing of the first word', () => {
    expect(scan('The storm hit. Chad Miller kept the lights on. Chad said so.').found).toEqual(['0:Chad:true']);
  });

  it('notes nothing for a known full name, a title before the name, or a word that is no given name', () => {
    const { found, heads } = scan('Chad Wolf spoke. President Chad spoke. Mali Airways flew. Chad and Mali signed.');
    expect(heads.size).toBe(0);
    expect(found).toEqual(['1:Chad Wolf:false', '0:Chad:false', '0:Chad:false', '3:Mali:false']);
  });

  it('notes nothing in a headline, where every word is capitalised', () => {
    const { heads } = scan('Chad Miller Wins Gold In Paris');
    expect(heads.size).toBe(0);
  });

  it('flags a name only after its run, not before it', () => {
    expect(scan('Israel said on Monday it would reply.', 'Israel Hayom reported the talks.', 'Israel said no.').found).toEqual(['2:Israel:false', '2:Israel:true']);
  });

  it('notes a name right after a known given name ("Mark Richardson") and flags the bare name after it, the surname', () => {
    const { found, heads } = scan('Mark Richardson, a spokesman for the firm, declined to comment.', 'Richardson said the company would appeal.');
    expect(heads).toEqual(new Set([hashOf('richardson')]));
    expect(found).toEqual(['5:Richardson:true']);
    expect(scan('The firm hired him. Mark Richardson spoke. Richardson said no.').found).toEqual(['5:Richardson:true']);
  });

  it('notes no name after a word that opens no known person\'s name, or in a headline', () => {
    expect(scan('Flood waters reached Downtown Richardson on Monday.', 'Richardson reopened its schools.').heads.size).toBe(0);
    expect(scan('Mark Richardson Wins the Vote', 'Richardson voted.').found).toEqual(['5:Richardson:false']);
  });
});
