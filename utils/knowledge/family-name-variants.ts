/**
 * Ukrainian family names that news spells several ways. The national romanisation ends
 * "-skyi" and writes Г as "H"; wire services and Russian-language habits write "-skiy",
 * "-skii" or "-sky", and "G": "Syrskyi" is also "Syrskii" and "Syrsky", "Hrynchuk" is also
 * "Grynchuk". The build adds the other spellings of a person's last word as aliases, as it
 * does for given names (see `givenNameVariants`), for the people tied to Ukraine only: a
 * Czech or Polish "-ský" is spelled one way.
 */
const SKYI = /(sk|zk|tsk|ck)(yi|yy|iy|ii|y)$/i;
const SKYI_ENDINGS = ['yi', 'iy', 'ii', 'y'];

export function familyNameVariants(alias: string): string[] {
  const words = alias.split(' ');
  const last = words[words.length - 1];
  // A family name alone ("Syrskyi said") only when long: short words are too often something else.
  if (last.length < (words.length < 2 ? 6 : 4)) return [];
  const spellings = new Set<string>();
  const ending = SKYI.exec(last);
  const stems = ending ? SKYI_ENDINGS.map((e) => last.slice(0, last.length - ending[2].length) + e) : [last];
  for (const stem of stems) {
    spellings.add(stem);
    // Г written as "G" at the start of the name (Hrynchuk → Grynchuk, Halushchenko → Galushchenko)
    // and between vowels (Shmyhal → Shmygal); never the h of kh, zh, sh or ch.
    const g = stem.replace(/^H(?=[aeiouyr])/, 'G').replace(/(?<=[aeiouy])h(?=[aeiouy])/g, 'g');
    if (g !== stem) spellings.add(g);
  }
  spellings.delete(last);
  return [...spellings].map((spelling) => [...words.slice(0, -1), spelling].join(' '));
}
