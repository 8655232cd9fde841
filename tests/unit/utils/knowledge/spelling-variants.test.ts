import { describe, expect, it } from 'vitest';
import { judgedAliases } from '@/utils/knowledge/judged-aliases';
import { otherSpelling } from '@/utils/knowledge/spelling-variants';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { entity } from '../matching/knowledge-matcher';

describe('British and American spellings of a name', () => {
  it.each([
    ['Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries'],
    ['World Health Organisation', 'World Health Organization'],
    ['World Food Programme', 'World Food Program'],
    ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
    ['John F. Kennedy Center for the Performing Arts', 'John F. Kennedy Centre for the Performing Arts'],
  ])('spells %s also as %s', (name, other) => {
    expect(otherSpelling(name)).toBe(other);
    expect(otherSpelling(other)).toBe(name);
  });

  it.each([['Labour Party'], ['Australian Labor Party'], ['Ministry of Defence'], ['Department of Defense'], ['Central Election Commission'], ['Programmer Guild']])(
    'leaves %s alone: no pair, or a pair that tells bodies apart',
    (name) => expect(otherSpelling(name)).toBeNull(),
  );

  it("adds the other spelling to an organisation's aliases, not to a person's, nor where another entity has it", () => {
    const texts = (entities: ReturnType<typeof entity>[]) => judgedAliases(entities, loadAmbiguityLists()).map(([text, position]) => `${position}:${text}`);
    expect(texts([entity('organization', 'World Food Programme', ['WFP'])])).toContain('0:World Food Program');
    expect(texts([entity('person', 'Centre Smith')])).not.toContain('0:Center Smith');
    expect(texts([entity('organization', 'World Food Programme'), entity('organization', 'World Food Program')]).filter((t) => t.endsWith('World Food Program'))).toEqual([
      '1:World Food Program',
    ]);
  });
});
