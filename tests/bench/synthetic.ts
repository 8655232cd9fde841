/** Made-up knowledge for the benchmark's large-knowledge figures, the same on every run. */
import type { CompiledAlias, KnowledgePack } from '../../utils/knowledge/types';

/**
 * Made-up two-word names, each different from every earlier one, the same on every run (a
 * fixed seed). The generator multiplies with `Math.imul`: in plain float arithmetic the
 * product lost its low bits and the sequence fell into a cycle of ~10,000 states, so most
 * "20,000 aliases" were repeats of ~2,000 names.
 */
function syntheticNames(): () => string {
  const syllables = ['ka', 'lo', 'mi', 'ran', 'tes', 'vor', 'bel', 'dun', 'sha', 'pet', 'zor', 'nik', 'gal', 'rim', 'tov', 'lek'];
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
    return w[0].toUpperCase() + w.slice(1);
  };
  const seen = new Set<string>();
  return () => {
    for (;;) {
      const name = `${word()} ${word()}`;
      if (seen.has(name)) continue;
      seen.add(name);
      return name;
    }
  };
}

/** `base` (the bundled aliases) plus made-up names, pointing at its first 500 entities, up to `count`. */
export function syntheticAliases(base: readonly CompiledAlias[], count: number): CompiledAlias[] {
  const name = syntheticNames();
  const aliases: CompiledAlias[] = [...base];
  while (aliases.length < count) aliases.push([name(), aliases.length % 500, 0]);
  return aliases;
}

/** A valid pack of `count` made-up aliases: a name and three aliases (one weak) per person. */
export function syntheticPack(count: number): KnowledgePack {
  const name = syntheticNames();
  const entities = Array.from({ length: Math.ceil(count / 4) }, (_, i) => ({
    id: `synthetic-${i}`,
    type: 'person' as const,
    name: name(),
    aliases: [name(), name(), { text: name(), weak: true }],
    description: 'A made-up person.',
    facts: [],
    sources: [{ title: 'Example', url: 'https://example.org/' }],
    asOf: '2025-06-30',
  }));
  return { version: '1', asOf: '2025-06-30', entities };
}
