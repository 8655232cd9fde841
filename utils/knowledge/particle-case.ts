/** The particles of a family name that news writes in either case: "Bart De Wever" and "Bart de Wever". */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'le', 'la', 'di', 'da', 'du', 'des', 'del', 'ten', 'ter']);

/**
 * A person's name with its particles in the other case: Belgian usage capitalises "De Wever",
 * wires often write "Bart de Wever". The matcher reads a name's later words in the case the
 * alias gives, so the other case is a spelling of its own. Null where the name has no
 * particle between its first and last words.
 */
export function particleCaseVariant(name: string): string | null {
  const words = name.split(' ');
  let changed = false;
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i];
    if (!PARTICLES.has(word.toLowerCase())) continue;
    const first = word[0];
    words[i] = (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
    changed = true;
  }
  return changed ? words.join(' ') : null;
}
