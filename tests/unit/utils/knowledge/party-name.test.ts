import { describe, expect, it } from 'vitest';
import { partyWithKind } from '@/utils/knowledge/party-name';
import type { Entity, Fact } from '@/utils/knowledge/types';
import { entity, matcherFor } from '../matching/knowledge-matcher';

const typed = (type: Entity['type'], name: string, kind: string, aliases: Entity['aliases'] = []): Entity => {
  const facts: Fact[] = [{ label: 'Type', value: kind }];
  return { ...entity(type, name, aliases), facts };
};

describe("a party's name with its kind after it", () => {
  const vetevendosje = typed('organization', 'Vetëvendosje', 'Political party', ['Lëvizja Vetëvendosje']);

  it("is a background party's one-word name and \"Party\", and nothing else's", () => {
    expect(partyWithKind(vetevendosje, 'Vetëvendosje')).toBe('Vetëvendosje Party');
    expect(partyWithKind(vetevendosje, 'Lëvizja Vetëvendosje')).toBeNull();
    expect(partyWithKind(typed('organization', 'PAS', 'Political party'), 'PAS')).toBeNull();
    expect(partyWithKind(typed('organization', 'Likud Party', 'Political party'), 'Likud Party')).toBeNull();
    expect(partyWithKind(typed('place', 'Saskatchewan', 'First-level administrative region'), 'Saskatchewan')).toBeNull();
  });

  it('marks the party so written, "party" small too, where the province stays out of "the Saskatchewan Party"', () => {
    const find = matcherFor([vetevendosje, typed('place', 'Saskatchewan', 'First-level administrative region')]);
    expect(find("Kurti's Vetevendosje Party failed to win; the Vetëvendosje party said")).toEqual([
      ['Vetëvendosje', 'Vetevendosje Party'],
      ['Vetëvendosje', 'Vetëvendosje party'],
    ]);
    expect(find('the Saskatchewan Party government won')).toEqual([]);
  });
});
