/**
 * Cue words: a title, honorific or rank written just before a surname says a person is
 * meant, so "President Costa", "Mr Orbán" and "Gen. Syrskyi" mark as surely as a full name.
 * A cue can require the right office: each group lists the words the person's offices (or
 * rank, or description) must contain for its cues to count. The build sets, for every
 * person, a bit per group their offices satisfy (`cueMask`); a page checks the bit.
 * Honorifics (the first group) fit every person.
 */
export const CUE_GROUPS: readonly { cues: readonly string[]; offices: readonly string[] }[] = [
  { cues: ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam', 'monsieur', 'herr', 'frau'], offices: [] },
  { cues: ['president', 'presidents'], offices: ['president'] },
  { cues: ['chancellor'], offices: ['chancellor'] },
  // "PM Modi", as South Asian and British papers write it.
  { cues: ['minister', 'premier', 'taoiseach', 'pm'], offices: ['minister', 'premier', 'taoiseach'] },
  { cues: ['secretary'], offices: ['secretary', 'minister'] },
  {
    cues: ['general', 'gen', 'lt', 'col', 'colonel', 'maj', 'major', 'adm', 'admiral', 'marshal', 'commander', 'brig', 'sgt', 'capt', 'captain', 'cmdr', 'cdr', 'cpl', 'pvt'],
    offices: ['general', 'commander', 'admiral', 'marshal', 'colonel', 'chief of', 'army', 'military', 'armed forces', 'navy', 'air force', 'officer'],
  },
  { cues: ['senator', 'sen', 'sens'], offices: ['senator', 'senate'] },
  { cues: ['rep', 'reps', 'representative', 'congressman', 'congresswoman', 'lawmaker'], offices: ['representative', 'congress', 'member of'] },
  { cues: ['speaker'], offices: ['speaker', 'chair', 'marshal of the sejm', 'president of the'] },
  { cues: ['governor', 'gov'], offices: ['governor', 'head of', 'administration'] },
  { cues: ['mayor'], offices: ['mayor'] },
  { cues: ['king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'pope', 'ayatollah'], offices: ['king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'pope', 'monarch', 'ayatollah', 'supreme leader'] },
  { cues: ['ambassador', 'envoy'], offices: ['ambassador', 'envoy', 'representative to'] },
  { cues: ['spokesman', 'spokeswoman', 'spokesperson'], offices: ['spokes', 'press secretary'] },
  { cues: ['commissioner'], offices: ['commissioner'] },
  { cues: ['judge', 'justice', 'justices', 'prosecutor'], offices: ['judge', 'justice', 'prosecutor', 'court'] },
  { cues: ['chairman', 'chairwoman', 'chair', 'leader'], offices: ['leader', 'chair', 'head of'] },
  // "Chief Executive John Lee" (Hong Kong's), "Chief Executive Tim Cook": the word before the name is "Executive".
  { cues: ['executive'], offices: ['chief executive'] },
];

/** Folded cue word → its group's bit. */
const CUE_BITS = new Map<string, number>();
CUE_GROUPS.forEach((group, i) => {
  for (const cue of group.cues) CUE_BITS.set(cue, 1 << i);
});

/** The bit of the cue group a folded word belongs to, or 0. */
export function cueBit(foldedWord: string): number {
  return CUE_BITS.get(foldedWord) ?? 0;
}

/** Honorifics fit everyone. */
export const HONORIFIC_BIT = 1;

/** Which cue groups fit a person whose offices, rank and description read `officeText` (at build time). */
export function cueMask(officeText: string): number {
  const text = officeText.toLowerCase();
  let mask = HONORIFIC_BIT;
  CUE_GROUPS.forEach((group, i) => {
    if (group.offices.some((word) => text.includes(word))) mask |= 1 << i;
  });
  return mask;
}
