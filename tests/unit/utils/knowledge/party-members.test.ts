import { describe, expect, it } from 'vitest';
import { partyMembers } from '@/utils/knowledge/party-members';
import { tieContexts } from '@/utils/knowledge/tie-contexts';
import type { Entity } from '@/utils/knowledge/types';
import { make } from './make-entity';

const norway = make('norway', 'place', 'Norway', [], [['Capital', 'Oslo']]);
const italy = make('italy', 'place', 'Italy', [], [['Capital', 'Rome']]);
const party = (id: string, name: string, aliases: Entity['aliases'], country: string) => make(id, 'organization', name, aliases, [['Type', 'Political party'], ['Country', country]]);
const progress = party('progress-party-norway', 'Progress Party (Norway)', ['FrP', { text: 'Progress Party', weak: true }], 'Norway');
const pdItaly = party('democratic-party-italy', 'Democratic Party (Italy)', ['Democratic Party', 'PD'], 'Italy');
const person = (id: string, name: string, description: string, partyFact: string, related: string[] = []): Entity => ({
  ...make(id, 'person', name, [], [['Party', partyFact]], related),
  description,
});
const listhaug = person('sylvi-listhaug', 'Sylvi Listhaug', 'Norwegian right-wing populist, Progress Party leader.', 'Progress Party (Norway)');
const schlein = person('elly-schlein', 'Elly Schlein', 'Italian politician, leader of the Democratic Party.', 'Democratic Party (PD)');
const senator = person('chris-murphy', 'Chris Murphy', 'American Democratic senator from Connecticut.', 'Democratic Party');
const all = [norway, italy, progress, pdItaly, listhaug, schlein, senator];

describe("a party's members, by the party their own entry names", () => {
  it('are the people whose "Party" fact names it, by its name or by its name and initials', () => {
    const members = partyMembers(all);
    expect(members.get('progress-party-norway')?.map((e) => e.id)).toEqual(['sylvi-listhaug']);
    expect(members.get('democratic-party-italy')?.map((e) => e.id)).toEqual(['elly-schlein']);
  });

  it("count only where the person's description names the party's country or its people: a U.S. Democrat is no member of Italy's party", () => {
    expect(partyMembers(all).get('democratic-party-italy')?.map((e) => e.id)).not.toContain('chris-murphy');
  });

  it('leave out those the knowledge already ties to the party, and parties no country owns', () => {
    const tied = person('erna-solberg', 'Erna Solberg', 'Norwegian Conservative leader.', 'Progress Party (Norway)', ['progress-party-norway']);
    const stateless = make('pirates', 'organization', 'Pirate Party', [], [['Type', 'Political party']]);
    const pirate = person('a-pirate', 'Ann Pirate', 'Norwegian activist.', 'Pirate Party');
    const members = partyMembers([...all, tied, stateless, pirate]);
    expect(members.get('progress-party-norway')?.map((e) => e.id)).toEqual(['sylvi-listhaug']);
    expect(members.has('pirates')).toBe(false);
  });

  it("say whose a party's weak name is: \"the Progress Party of Sylvi Listhaug\"", () => {
    const context = tieContexts([progress], all, {});
    expect(context['progress-party-norway']).toContain('Sylvi Listhaug');
  });
});
