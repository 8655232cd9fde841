import type { TextMatch } from '@/utils/matching/match';

/**
 * The one body that shares a place's name, if there is exactly one: the club of "Liverpool",
 * "Monaco" or "Leeds", the bank of "Santander". A story means it where the words read as a
 * team's ("went past Monaco 5-4"; see `readsAsTeam`) or where the name is listed beside a body
 * the page marked ("Arsenal (8 wins), Bayern Munich (7 wins), Liverpool (6 wins)"). Two bodies
 * under the name say nothing of which one is meant, so neither is chosen.
 */
export function bodyOfPlaceName(match: Pick<TextMatch, 'entity' | 'alternatives'>, isBody: (entity: number) => boolean): number | undefined {
  if (match.alternatives.length === 0) return undefined;
  let body: number | undefined;
  for (const candidate of [match.entity, ...match.alternatives]) {
    if (!isBody(candidate)) continue;
    if (body !== undefined) return undefined;
    body = candidate;
  }
  return body;
}
