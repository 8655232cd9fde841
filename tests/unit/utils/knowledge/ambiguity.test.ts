import { describe, expect, it } from 'vitest';
import { judgeAliases } from '@/utils/knowledge/ambiguity';
import type { Entity } from '@/utils/knowledge/types';

const entity = (id: string, name: string, aliases: Entity['aliases']): Entity => ({
  id,
  type: 'organization',
  name,
  aliases,
  description: 'Test.',
  facts: [],
  sources: [{ title: 'Test', url: 'https://example.org' }],
  asOf: '2026',
});

/** Each alias of `e`, judged among `others`, as "text: weak (reason)" or "text: strong". */
function judged(e: Entity, others: Entity[] = []): string[] {
  const all = [e, ...others];
  return judgeAliases(all)[0].map((a) => `${a.text}: ${a.weak ? `weak (${a.reason})` : 'strong'}`);
}

describe('the ambiguity model', () => {
  it('makes one or two capital letters weak: state codes, initials and designations spell them too', () => {
    // Seen on real pages: "Mike Johnson, R-La.", "(D-N.H.)", "CH-47F Chinook", "PD-26 engines".
    expect(judged(entity('red-party', 'Red Party', ['R']))).toEqual(['Red Party: strong', 'R: weak (short letters)']);
    expect(judged(entity('chega', 'Chega', ['CH']))).toEqual(['Chega: strong', 'CH: weak (short letters)']);
    expect(judged(entity('pd', 'Democratic Party (Italy)', ['PD', 'P.D.']))).toContain('PD: strong');
  });

  it('keeps the two letters of a reviewed company name strong ("BP"), and no other entity\'s', () => {
    expect(judged(entity('bp', 'BP', ['BP plc']))).toEqual(['BP: strong', 'BP plc: strong']);
    expect(judged(entity('general-electric', 'General Electric', ['GE']))).toEqual(['General Electric: strong', 'GE: weak (short letters)']);
    // The letters are the company's only: a Bharatiya party's "BP" would still be weak.
    expect(judged(entity('bharat-party', 'Bharat Party', ['BP']))).toEqual(['Bharat Party: strong', 'BP: weak (short letters)']);
  });

  it('keeps two letters strong where the entity also answers to them dotted, as news writes its names', () => {
    expect(judged(entity('united-states', 'United States', ['US', 'U.S.']))).toEqual(['United States: strong', 'US: strong', 'U.S.: strong']);
  });

  it('shares an acronym with acronyms only: "SNAP" (food stamps) is not the company "Snap"', () => {
    const snap = entity('snap-inc', 'Snap Inc.', ['Snap']);
    const stamps = entity('snap', 'Supplemental Nutrition Assistance Program', ['SNAP']);
    expect(judged(stamps, [snap])).toEqual(['Supplemental Nutrition Assistance Program: strong', 'SNAP: strong']);
    expect(judged(stamps, [entity('snap-other', 'Snap Party', ['SNAP'])])).toContain('SNAP: weak (shared)');
  });

  it('keeps a place\'s name without its qualifier as its own ("Washington" of "Washington, D.C."), and no body\'s', () => {
    const capital = { ...entity('washington-dc', 'Washington, D.C.', ['Washington']), type: 'place' as const };
    const state = { ...entity('washington-us-wa', 'Washington (U.S. state)', ['Washington state', { text: 'Washington', weak: true }]), type: 'place' as const };
    expect(judged(capital, [state])).toEqual(['Washington, D.C.: strong', 'Washington: strong']);
    expect(judged(state, [capital])).toContain('Washington: weak (marked weak)');
    // A party's country in brackets tells it from its namesakes: its bare name stays shared.
    const libDems = entity('liberal-democrats-uk', 'Liberal Democrats (UK)', ['Liberal Democrats']);
    expect(judged(libDems, [entity('liberal-democrats-other', 'Liberal Democrats (Other)', ['Liberal Democrats'])])).toContain('Liberal Democrats: weak (shared)');
  });

  it('leaves longer acronyms, letters with digits and two-letter surnames alone', () => {
    expect(judged(entity('nato', 'NATO', ['North Atlantic Treaty Organization']))).toEqual(['NATO: strong', 'North Atlantic Treaty Organization: strong']);
    expect(judged(entity('g7', 'Group of Seven', ['G7', 'V4']))).toEqual(['Group of Seven: strong', 'G7: strong', 'V4: strong']);
    expect(judged({ ...entity('xi-jinping', 'Xi Jinping', ['Xi']), type: 'person' })).toEqual(['Xi Jinping: strong', 'Xi: strong']);
  });
});
