/**
 * Words British and American English spell differently in the names of organisations and
 * events: "Organisation of the Petroleum Exporting Countries", "World Food Program". The
 * build adds the other spelling of a name that has one, so the knowledge lists each name
 * once. Some pairs are left out on purpose, as they tell different bodies apart: Labour and
 * Labor (the UK's party and Australia's), Defence and Defense (Australia's "Department of
 * Defence" is not the Pentagon; each country's ministry has its own entry and short names).
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['Organization', 'Organisation'],
  ['Center', 'Centre'],
  ['Program', 'Programme'],
  ['Cooperation', 'Co-operation'],
];

const OTHER = new Map<string, string>(PAIRS.flatMap(([us, uk]) => [[us, uk], [uk, us]]));
const WORD = new RegExp(`\\b(${[...OTHER.keys()].join('|')})\\b`, 'g');

/** The alias with every such word in the other spelling, or null when it has none. */
export function otherSpelling(alias: string): string | null {
  const variant = alias.replace(WORD, (word) => OTHER.get(word) ?? word);
  return variant === alias ? null : variant;
}
