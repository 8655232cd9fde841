import { describe, expect, it } from 'vitest';
import type { Entity } from '@/utils/knowledge/types';
import { stateCueAround } from '@/utils/matching/state-cues';
import { US_STATES } from '@/utils/matching/state-list';
import { readKnowledgeFiles } from '@/utils/knowledge/read-files';
import { entity, matcherFor } from './knowledge-matcher';

/** A U.S. state as the gazetteer writes it (see `qualifiedRegionEntity`). */
function state(name: string, code: string, bare: boolean): Entity {
  const base = entity('place', `${name} (U.S. state)`, [`${name} state`, ...(bare ? [{ text: name, weak: true }] : [])]);
  const facts = [
    { label: 'Type', value: 'First-level administrative region' },
    { label: 'Country', value: 'United States' },
  ];
  return { ...base, id: `${name.toLowerCase().replace(/ /g, '-')}-us-${code}`, description: 'First-level administrative region of United States.', facts };
}

const knowledge = [
  entity('place', 'New York City', ['New York']),
  state('New York', 'ny', false),
  entity('place', 'Washington, D.C.', ['Washington']),
  state('Washington', 'wa', true),
  entity('place', 'Georgia'),
  state('Georgia', 'ga', true),
  state('Ohio', 'oh', false),
  entity('person', 'Kathy Hochul', [], ['Governor of New York']),
];
const find = matcherFor(knowledge);
const NYC = 'New York City';
const NYS = 'New York (U.S. state)';

describe('a state\'s words choose the U.S. state over the place that shares its name', () => {
  it.each([
    // Before the name: an officer, named or not, then "of" or "from"; a member's party; "the state of".
    ['Gov. Kathy Hochul of New York signed it.', NYS],
    ['The governor of New York signed it.', NYS],
    ['Senator Chuck Schumer, Democrat of New York, agreed.', NYS],
    ['Both senators from New York voted no.', NYS],
    ['Rep. Elise Stefanik of New York left the race.', NYS],
    ['Lt. Gov. Antonio Delgado of New York ran.', NYS],
    ['Senate Democratic leader Chuck Schumer of New York voted no.', NYS],
    ['the state of New York will appeal', NYS],
    // After it: the state's officers and bodies.
    ['New York Attorney General Letitia James sued.', NYS],
    ["New York's governor signed it.", NYS],
    ['New York Gov. Kathy Hochul signed it.', NYS],
    ['the New York gubernatorial race', NYS],
    ['the New York Legislature passed it', NYS],
    // Without them the name is the city's, as before: its mayor, its streets, a trip there.
    ['She flew to New York on Monday.', NYC],
    ['New York Mayor Zohran Mamdani spoke.', NYC],
    ['Rents in New York rose again.', NYC],
    ['The governor said New York would sue.', NYC],
  ])('%s', (text, expected) => {
    expect(find(text).filter(([name]) => name !== 'Kathy Hochul')).toEqual([[expected, 'New York']]);
  });

  it('settles a state whose bare name is weak, over a strong city or country of that name', () => {
    expect(find('Gov. Bob Ferguson of Washington signed it.')).toEqual([['Washington (U.S. state)', 'Washington']]);
    expect(find('Washington Attorney General Nick Brown sued.')).toEqual([['Washington (U.S. state)', 'Washington']]);
    // Without them the name stays shared, for the page's places to settle as before (see `chooseEntity`).
    expect(find('Washington said the talks would go on.').map(([name]) => name)).toEqual(['Washington, D.C.']);
    expect(find('The governor of Georgia spoke.')).toEqual([['Georgia (U.S. state)', 'Georgia']]);
    expect(find('Georgia said the talks would go on.').map(([name]) => name)).toEqual(['Georgia']);
  });
});

describe('stateCueAround', () => {
  const around = (text: string, name: string) => stateCueAround(text, text.indexOf(name), text.indexOf(name) + name.length);
  it.each([
    ['Sen. Patty Murray of Washington', true],
    ['Governor Kathy C. Hochul of New York', true],
    ['a Republican from Georgia', true],
    ['the legislature of Georgia', true],
    ['Georgia State Senate', true],
    ['Georgia’s two senators', true],
    ['the University of Georgia', false],
    ['the president of Georgia', false],
    ['the leader of Georgia', false],
    ['Speaker Mike Johnson of Louisiana and Whip Tom Emmer of Minnesota met the chairman of Georgia', false],
    ['House Speaker Jon Smith of Georgia', true],
    ['Georgia Tech', false],
    ['the people of Georgia', false],
    ['in Connecticut, Massachusetts, New York and Rhode Island', true],
    ['New York, New Jersey and Pennsylvania', true],
    ['London, Paris and New York', false],
    ['Georgia, Armenia and Azerbaijan', false],
    // A state's own politics after its name: its party's people and its congressional districts.
    ['the Georgia Republican firebrand', true],
    ['Georgia Democrats said', true],
    ["representing Georgia's 14th District", true],
    ['Georgia’s 6th congressional district', true],
    ['Georgia Secretary of State Brad Raffensperger', true],
    ['Georgia Dream won', false],
    ['Georgia 2-1 Armenia', false],
    // "Washington Republicans" are the party's people in the capital.
    ['Washington Republicans balked', false],
  ])('%s: %s', (text, expected) => expect(around(text, text.includes('Washington') ? 'Washington' : text.includes('New York') ? 'New York' : 'Georgia')).toBe(expected));
});

describe('the list of U.S. states a state’s neighbours in a list are read from', () => {
  it('is the gazetteer’s fifty states, as news names them', () => {
    const regions = readKnowledgeFiles().flatMap((f) => f.pack.entities).filter((e) => e.facts.some((f) => f.label === 'Country' && f.value === 'United States') && e.facts.some((f) => f.value === 'First-level administrative region'));
    const names = regions.map((r) => r.name.replace(/ \(U\.S\. state\)$/, '')).filter((n) => n !== 'Washington, D.C.' && n !== 'District of Columbia');
    expect([...names].sort()).toEqual([...US_STATES].sort());
  });
});
