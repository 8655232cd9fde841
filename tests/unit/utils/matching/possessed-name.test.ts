import { describe, expect, it } from 'vitest';
import { judgedAliases } from '@/utils/knowledge/judged-aliases';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { eachMatch } from '@/utils/matching/match';
import { entity } from './knowledge-matcher';

const knowledge = [
  entity('organization', 'Ukrainian Air Force', [{ text: 'Air Force', weak: true }]),
  entity('organization', 'Russian Aerospace Forces', [{ text: 'Air Force', weak: true }]),
  entity('organization', 'Parliament of Hungary', ['Parliament']),
  entity('person', 'Viktor Orbán', ['Orbán']),
  entity('organization', 'Ministry of Defence (Russia)', ["Russia's Defence Ministry"]),
];
const index = buildAliasIndex(judgedAliases(knowledge, loadAmbiguityLists()));

/** Each match: its entity's name, its text, whether it was read in lower case after a possessive, and the other entities it may be. */
function find(text: string): (string | boolean)[][] {
  const found: (string | boolean)[][] = [];
  eachMatch([text], index, 1, (m) => {
    found.push([knowledge[m.entity].name, text.slice(m.startOffset, m.endOffset), m.possessed === true, ...m.alternatives.map((a) => knowledge[a].name)]);
    return !m.weak;
  });
  return found;
}

describe("a shared body's name in lower case after a possessive", () => {
  it("is read after a capitalised possessive, with every country's body of those words to choose from", () => {
    expect(find("Ukraine's air force said 40 drones were downed.")).toEqual([['Ukrainian Air Force', 'air force', true, 'Russian Aerospace Forces']]);
    expect(find('Hungary’s parliament voted.')).toEqual([['Parliament of Hungary', 'parliament', true]]);
  });

  it('is not read without the possessive, nor in a word that only starts like it', () => {
    expect(find('the air force said')).toEqual([]);
    expect(find("the country's air force said")).toEqual([]);
    expect(find("Ukraine's air forces said")).toEqual([]);
  });

  it("is not read for a strong name, which is one entity's alone", () => {
    expect(find("Hungary's orbán said")).toEqual([]);
  });

  it('keeps the capitalised name as it was', () => {
    expect(find('The Air Force said')).toEqual([['Ukrainian Air Force', 'Air Force', false, 'Russian Aerospace Forces']]);
  });
});

describe("a country's possessive that opens a body's name", () => {
  it('lets the words after it be written in lower case, and only those', () => {
    expect(find("Russia's defence ministry said")).toEqual([['Ministry of Defence (Russia)', "Russia's defence ministry", false]]);
    expect(find("Russia's Defence Ministry said")).toEqual([['Ministry of Defence (Russia)', "Russia's Defence Ministry", false]]);
    expect(find("russia's defence ministry said")).toEqual([]);
  });
});
