/** Mentions a country needs before it says what a story is about: one passing mention says little. */
const MIN_LEAD_MENTIONS = 2;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The country a story names most (by any of its names, as whole words), when it names it at
 * least twice and more often than any other; null when none leads. One pass of one pattern
 * over the text, made only on pages that meet an institution's shared name.
 */
export function leadingCountry(text: string, countries: Readonly<Record<string, readonly string[]>>): { country: string | null } {
  const owner = new Map<string, string>();
  for (const [country, names] of Object.entries(countries)) for (const name of names) owner.set(name, country);
  if (owner.size === 0) return { country: null };
  // Longest first, so "United States of America" is one mention, not "United States" and more.
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  const counts = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    const country = owner.get(match[0])!;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  const leads = first !== undefined && first[1] >= MIN_LEAD_MENTIONS && first[1] > (second?.[1] ?? 0);
  return { country: leads ? first[0] : null };
}
