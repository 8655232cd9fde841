/**
 * Which entity a shared alias names in this mention ("Johnson", "Jordan", "Georgia"), from
 * what the page says around it:
 * - each strong mention of a candidate so far (a full name) counts 2;
 * - each of a place's context names on the page (Atlanta for the U.S. state of Georgia,
 *   Tbilisi for the country; see `placeContexts`) counts 1.
 *
 * The best-scoring candidate wins; a tie between the best leaves the mention waiting, so an
 * unresolved name is never marked as the wrong entity. With nothing on the page for any
 * candidate, the alias keeps its own entity and strength: a strong one ("Jordan" the
 * country, whose name it is) marks, a weak one waits for a full name; unless the site says
 * it: one candidate that is the site's own country's institution (`site`, see
 * `PlaceContext.site`) is marked. A weak name that its context settles ("Virginia" beside
 * Norfolk, "Arsenal" beside the Premier League) is marked, unless it opens a sentence
 * (`opensSentence`): "Most analysts" in a story on Croatia's elections is no party, and a
 * name the context settled once stands at a sentence's start after that.
 */
export function chooseEntity(
  entity: number,
  weak: boolean,
  alternatives: readonly number[],
  strongMentions: (entity: number) => number,
  context: (entity: number) => number = () => 0,
  site: (entity: number) => number = () => 0,
  opensSentence = false,
): { entity: number; weak: boolean } {
  const score = (candidate: number) => 2 * strongMentions(candidate) + context(candidate);
  let best = entity;
  let bestScore = score(entity);
  let tied = false;
  for (const other of alternatives) {
    const s = score(other);
    if (s > bestScore) {
      best = other;
      bestScore = s;
      tied = false;
    } else if (s === bestScore && s > 0) tied = true;
  }
  if (bestScore === 0) {
    const home = [entity, ...alternatives].filter((candidate) => site(candidate) > 0);
    return home.length === 1 ? { entity: home[0], weak: false } : { entity, weak };
  }
  if (tied) return { entity, weak: true };
  // Settled by the page's places: the name counts as strong for the place it names, full name
  // or not (a headline's name is judged again when the background's candidates arrive).
  if (context(best) > 0) return { entity: best, weak: weak && best === entity && opensSentence };
  if (best === entity) return { entity, weak };
  // Named by the short form of an entity the page gave in full: it counts as that entity's short form.
  return { entity: best, weak: true };
}
