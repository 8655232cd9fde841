import type { CompiledAlias, Entity } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { AliasFlag, writeFlags } from '../matching/alias-index.ts';
import { StateCue } from '../matching/state-cues.ts';
import { isRegion, withoutQualifier } from './place-contexts.ts';
import { factOf } from './validate.ts';
import { byFoldedText } from './alias-keys.ts';

/** The gazetteer's U.S. states (see `qualifiedRegionEntity`): "New York (U.S. state)", "Ohio". */
const isState = (entity: Entity) => isRegion(entity) && factOf(entity, 'Country') === 'United States';

/**
 * Marks the names a U.S. state shares with another place or person ("New York", "Washington",
 * "Georgia") so that a state's words around them choose the state (see `state-cues.ts`): every
 * alias of those words is `StateCue.Shared`, the state's own is `StateCue.State`. A state the
 * gazetteer keeps without its bare name, as news gives that name to a city ("New York"), gets
 * it here as a name that needs those words (`StateCue.CueOnly`). A state's name that nothing
 * else has ("Ohio") needs no look around it.
 */
export function markStateNames(entities: readonly Entity[], aliases: CompiledAlias[]): CompiledAlias[] {
  const byKey = byFoldedText(aliases, (_, i) => i);
  const added: CompiledAlias[] = [];
  entities.forEach((entity, position) => {
    if (!isState(entity)) return;
    const name = withoutQualifier(entity.name);
    const holders = byKey.get(foldString(name)) ?? [];
    if (!holders.some((i) => aliases[i][1] !== position)) return;
    let own = false;
    for (const i of holders) {
      const mine = aliases[i][1] === position;
      own ||= mine;
      aliases[i][2] |= (StateCue.Shared | (mine ? StateCue.State : 0)) << AliasFlag.CueShift;
    }
    const cues = StateCue.Shared | StateCue.State | StateCue.CueOnly;
    if (!own) added.push([name, position, writeFlags({ weak: true, capsWord: false, givenName: false, cues })]);
  });
  return added.length === 0 ? aliases : [...aliases, ...added].sort((a, b) => a[1] - b[1]);
}
