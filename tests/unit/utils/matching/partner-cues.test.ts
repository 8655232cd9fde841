import { describe, expect, it } from 'vitest';
import { partnerAround, partnerMask, PARTNER_BITS } from '@/utils/matching/partner-cues';
import { entity, matcherFor } from './knowledge-matcher';

const knowledge = [
  entity('organization', 'European Council', [{ text: 'Council', weak: true }]),
  entity('organization', 'Council of the European Union', ['Council of the EU', { text: 'Council', weak: true }]),
  entity('organization', 'European Parliament', [{ text: 'Parliament', weak: true }]),
];
// Marks what a page would: strong names, and weak ones too, so a shared name's reading shows.
const find = matcherFor(knowledge, () => true);
const council = (text: string) => find(text).filter(([, matched]) => matched === 'Council');

describe('partner cues: a body\'s short name named with its partner', () => {
  it.each([
    ['The European Parliament and the Council reached a provisional deal.'],
    ['It must be adopted by Parliament and the Council.'],
    ['MEPs and the Council disagree on the budget.'],
    ['The Council and the European Parliament must agree.'],
    ['the Council and Parliament agreed'],
    ["the Council's and the Parliament's negotiators"],
    ['The law takes effect following its adoption by the Council.'],
    ['The sanctions were approved by the Council on Monday.'],
  ])('%s: the Council of the EU, settled', (text) => {
    expect(council(text)).toEqual([['Council of the European Union', 'Council']]);
  });

  it.each([['The Council met in Brussels on Thursday.'], ['Leaders at the Council and in national capitals disagreed.'], ['The Parliament of Georgia and the Council of Europe.']])(
    '%s: still shared, for the page to settle',
    (text) => {
      const found = council(text);
      expect(found).toHaveLength(1);
      expect(found[0][2]).toBe('weak');
    },
  );

  it('gives the bit to the body of its row only', () => {
    expect(partnerMask('council-of-the-european-union') & PARTNER_BITS).not.toBe(0);
    expect(partnerMask('european-council')).toBe(0);
    const text = 'the European Parliament and the Council';
    expect(partnerAround(text, text.length - 7, text.length, PARTNER_BITS)).toBe(partnerMask('council-of-the-european-union'));
    expect(partnerAround(text, text.length - 7, text.length, 0)).toBe(0);
  });
});
