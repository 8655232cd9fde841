/**
 * Which entity a shared alias names in this mention ("Johnson", "Jordan", "the Commission"),
 * scored from what the page has already named in full: the candidate with the most strong
 * mentions so far wins, the first-listed on a tie. With none named yet, the alias keeps its
 * own entity and strength: a strong one ("Jordan" the country, whose name it is) marks, a
 * weak one waits for a full name, so an unresolved name is never marked as the wrong entity.
 */
export function chooseEntity(
  entity: number,
  weak: boolean,
  alternatives: readonly number[],
  strongMentions: (entity: number) => number,
): { entity: number; weak: boolean } {
  let best = entity;
  let bestScore = strongMentions(entity);
  for (const other of alternatives) {
    const score = strongMentions(other);
    if (score > bestScore) {
      best = other;
      bestScore = score;
    }
  }
  if (bestScore === 0 || best === entity) return { entity, weak };
  // Named by the short form of an entity the page gave in full: it counts as that entity's short form.
  return { entity: best, weak: true };
}
