import { describe, expect, it } from 'vitest';
import { judgedAliases } from '@/utils/knowledge/judged-aliases';
import type { Entity } from '@/utils/knowledge/types';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { creditAround, creditMask, CreditCue, CREDIT_BITS } from '@/utils/matching/credit-cues';
import { CUE_GROUPS } from '@/utils/matching/cues';
import { eachMatch } from '@/utils/matching/match';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { entity } from './knowledge-matcher';
import { bracketed } from './helpers';

const described = (type: Entity['type'], name: string, aliases: Entity['aliases'], description: string): Entity => ({ ...entity(type, name, aliases), description });

describe('what a description says a body is (at build time)', () => {
  it.each([
    ['French international news agency headquartered in Paris.', CreditCue.Agency],
    ["Romania's national news agency.", CreditCue.Agency],
    ['International news photo agency owned by European national news agencies.', CreditCue.Agency],
    ['Albania’s national telegraphic agency.', CreditCue.Agency],
    ['Social network formerly called Twitter, bought by Elon Musk in 2022.', CreditCue.Platform],
    ['Free end-to-end encrypted messaging app run by the nonprofit Signal Foundation.', CreditCue.Platform],
    ['Video-sharing platform owned by Alphabet.', CreditCue.Platform],
    ['Dutch public broadcaster legally tasked with national news and sport.', CreditCue.Agency],
    ["Austria's largest daily newspaper, a Vienna-based tabloid.", CreditCue.Agency],
    ['Federal police force of Australia.', 0],
    ['Chinese internet and social media giant.', 0],
    ['US federal agency that protects the environment.', 0],
  ])('%s', (description, mask) => expect(creditMask(description)).toBe(mask));

  it('keeps its bits above every person cue group, so no title before a name ever reads as a credit', () => {
    expect(CREDIT_BITS >> CUE_GROUPS.length).toBe(3);
  });
});

/** Whether the text around the bracketed name credits an agency (A) or a platform (P). */
function credit(marked: string): string {
  const [text, start, end] = bracketed(marked);
  const fits = creditAround(text, start, end, CREDIT_BITS);
  return ((fits & CreditCue.Agency) !== 0 ? 'A' : '') + ((fits & CreditCue.Platform) !== 0 ? 'P' : '');
}

describe('the words around a short name that credit an agency or a platform', () => {
  it.each([
    ['KYIV ([AP]) — Russia launched', 'A'],
    ['Warsaw, Dec 10 ([AFP]/APP): With war raging', 'A'],
    ['A man walks past. ([AFP])', 'A'],
    ['(Photo: [AFP])', 'A'],
    ['Volunteers at a food bank. ([AP] Photo/Staff)', 'A'],
    ['(Mandel Ngan/[AFP] via Getty Images)', 'A'],
    ['Getty Images/[AFP]', 'A'],
    ['Independent polling cited by [AFP] puts Tisza near 50%', 'A'],
    ['he told the [AP] on Monday', 'A'],
    ['according to an [AFP] tally', 'A'],
    ['according to [AFP], the storm', 'A'],
    ['the attack, LETA reported, citing [AP].', 'A'],
    ['winds reached 300km/h, [AFP] reported.', 'A'],
    ['Dutch broadcaster [NOS] has reported that', 'A'],
    ['the minister told reporters, reported news agency [AFP].', 'A'],
    ['French news agency [AFP] said the strike', 'A'],
    ['public broadcaster [NOS] said', 'A'],
    ['In an interview with the "[Krone]" newspaper, he said', 'A'],
    ['a survey commissioned by the „[Krone]“, the FPÖ leads', 'A'],
    ['in a post on [X] to cut', 'P'],
    ['wrote on [Threads] that', 'P'],
    ['his [X] account was suspended', 'P'],
    ['[X], formerly Twitter, said', 'P'],
    ['the minister said in response to a question from [AFP], during a briefing', 'A'],
    ['when asked by [AFP] about the strike', 'A'],
    ['Kathmandu, Mar 7 ([PTI]) Rapper-turned-politician Balendra Shah', 'A'],
    ['New Delhi, Sept. 12 ([ANI]) The ministry said', 'A'],
  ])('%s', (marked, kinds) => expect(credit(marked)).toBe(kinds));

  it.each([
    // Initials defined in parentheses, or what a police force does too, credit nothing.
    ['the Australian Federal Police ([AFP]) said on Monday', ''],
    ['[AFP] said the man was charged', ''],
    ['[AFP] officers raided the house', ''],
    ['she passed the [AP] exam', ''],
    ['Malcolm [X] said', ''],
    ['[X] marks the spot', ''],
    ['the "[Krone]" fell against the euro', ''],
    ['an [X] factor', ''],
    // Initials in parentheses after a date that is no dateline's define a name.
    ['the party founded on Mar 7 by Imran Khan ([PTI]) won', ''],
  ])('%s', (marked, kinds) => expect(credit(marked)).toBe(kinds));
});

describe('the matcher puts a credited agency first and tells the page', () => {
  const knowledge = [
    described('organization', 'Agence France-Presse', ['AFP'], 'French international news agency.'),
    described('organization', 'Australian Federal Police', ['AFP'], 'Federal police force of Australia.'),
    described('organization', 'X (social network)', [{ text: 'X', weak: true }], 'Social network formerly called Twitter.'),
    described('person', 'Xavier Bettel', [{ text: 'Bettel', weak: true }], 'Luxembourg politician.'),
    described('organization', 'Associated Press', [{ text: 'AP', weak: true }], 'American news agency.'),
  ];
  const aliases = judgedAliases(knowledge, loadAmbiguityLists());
  const find = (text: string) =>
    [buildAliasIndex(aliases), indexPacked(packIndex(aliases))].map((index) => {
      const found: string[] = [];
      eachMatch([text], index, 1, (m) => {
        found.push(`${knowledge[m.entity].name}${m.weak ? ' (weak)' : ''}${m.credited === true ? ' credited' : ''} or ${m.alternatives.map((a) => knowledge[a].name).join(', ')}`);
        return !m.weak;
      });
      return found;
    });

  it('a credit picks the agency among the bodies of that name, which stay alternatives', () => {
    for (const found of find('KYIV (AFP) — Russia launched drones, police told AFP.')) {
      expect(found).toEqual(['Agence France-Presse (weak) credited or Australian Federal Police', 'Agence France-Presse (weak) credited or Australian Federal Police']);
    }
  });

  it('without a credit the name stays shared and weak, for the page to settle', () => {
    for (const found of find('AFP said the man was charged.')) expect(found).toEqual(['Agence France-Presse (weak) or Australian Federal Police']);
  });

  it('a picture credit is no longer name: "AP Photo" credits the agency, "AP Stylebook" stays a run', () => {
    for (const found of find('Volunteers at a food bank. (AP Photo/Staff)')) expect(found).toEqual(['Associated Press (weak) credited or ']);
    for (const found of find('The paper follows the AP Stylebook on titles.')) expect(found).toEqual([]);
  });

  it('a platform is credited where posts are', () => {
    for (const found of find('She wrote on X that the vote was rigged.')) expect(found).toEqual(['X (social network) (weak) credited or ']);
  });
});
