import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommons, COMMONS_DATASET, commonsFromKnowledge, earlierWins, handPeopleByFamily, memberEntity, type CommonsMember } from '@/utils/knowledge/generators/commons';
import { formatPack } from '@/utils/knowledge/generators/format';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '@/utils/knowledge/read-files';

const hoyle: CommonsMember = {
  mnis: 467,
  given: 'Lindsay',
  family: 'Hoyle',
  seat: 'Chorley',
  country: 'England',
  party: 'Speaker',
  votes: 25238,
  share: 0.7431,
  majority: 20575,
  familyNameCandidacies: 3,
  earlier: [
    { date: '2010-05-06', seat: 'Chorley', party: 'Labour' },
    { date: '2015-05-07', seat: 'Chorley', party: 'Labour' },
    { date: '2019-12-12', seat: 'Chorley', party: 'Speaker' },
  ],
};
const newcomer: CommonsMember = { ...hoyle, mnis: 5175, given: 'Alex', family: 'Barros-Curtis', seat: 'Cardiff West', country: 'Wales', party: 'Labour / Co-operative', votes: 16442, share: 0.367, majority: 7019, earlier: [] };

describe('the House of Commons generator', () => {
  it('writes the seats a member won before, each with the party of each run of wins', () => {
    expect(earlierWins(hoyle.earlier)).toBe('Chorley: 2010, 2015 (Labour); 2019 (the Speaker)');
    expect(earlierWins([...hoyle.earlier.slice(0, 1), { date: '2017-06-08', seat: 'Chorley South', party: 'Labour' }])).toBe('Chorley: 2010 (Labour); Chorley South: 2017 (Labour)');
  });

  it('makes a person dated the day after the July 2024 election, with the seat, the result and earlier wins, sourced to Parliament', () => {
    const entity = memberEntity(newcomer);
    expect(entity).toMatchObject({ id: 'alex-barros-curtis', type: 'person', name: 'Alex Barros-Curtis', aliases: [], asOf: '2024-07-05' });
    expect(entity.description).toBe('British politician elected MP for Cardiff West for Labour and Co-operative at the July 2024 general election.');
    expect(entity.facts).toEqual([
      { label: 'Office', value: 'Member of Parliament for Cardiff West (Wales), elected for Labour and Co-operative at the 4 July 2024 general election', from: '2024-07-04' },
      { label: '2024 result', value: '16,442 votes (36.7%), a majority of 7,019', from: '2024-07-04' },
    ]);
    expect(entity.sources.map((s) => s.url)).toEqual(['https://members.parliament.uk/member/5175/career', COMMONS_DATASET.url]);
    expect(entity.related).toEqual(['united-kingdom', 'house-of-commons-uk', 'labour-party-uk']);
    // The share as the dataset gives it: 18,484 of 47,822 valid votes is 38.65…%, which reads 38.7%.
    expect(memberEntity({ ...newcomer, votes: 18484, share: 0.386517, majority: 4622 }).facts[1].value).toBe('18,484 votes (38.7%), a majority of 4,622');
    const speaker = memberEntity(hoyle);
    expect(speaker.facts[0].value).toContain('as Speaker of the House of Commons');
    expect(speaker.facts[2]).toEqual({ label: 'Earlier general-election wins', value: 'Chorley: 2010, 2015 (Labour); 2019 (the Speaker)', from: '2010', to: '2019' });
    expect(speaker.related).toEqual(['united-kingdom', 'house-of-commons-uk']);
  });

  it('leaves a member the hand-written knowledge has, under a shorter given name too, and one whose name another entity has', () => {
    const davey: CommonsMember = { ...newcomer, given: 'Edward', family: 'Davey' };
    const taylor: CommonsMember = { ...newcomer, given: 'David', family: 'Taylor' };
    const evans: CommonsMember = { ...newcomer, given: 'Chris', family: 'Evans', familyNameCandidacies: 59 };
    const rare: CommonsMember = { ...newcomer, given: 'Chris', family: 'Hinchliff', familyNameCandidacies: 1 };
    const reid: CommonsMember = { ...newcomer, given: 'Joani', family: 'Reid' };
    const keys = handPeopleByFamily([{ name: 'Ed Davey' }, { name: 'Joy Reid' }]);
    const built = buildCommons([davey, taylor, evans, rare, reid, newcomer], keys, new Set(), new Set(['david taylor']), new Set(['chris', 'david', 'edward']));
    // Joy Reid, a broadcaster written by hand, is not the MP Joani Reid: given names must agree, not two letters.
    expect(built.get('wales')!.map((e) => e.id)).toEqual(['alex-barros-curtis', 'chris-hinchliff', 'joani-reid']);
    // An id another entity holds gets the member's suffix.
    expect(buildCommons([newcomer], new Map(), new Set(['alex-barros-curtis'])).get('wales')!.map((e) => e.id)).toEqual(['alex-barros-curtis-mp']);
  });

  it('is what `npm run knowledge` last wrote: the committed files equal a fresh run', () => {
    const members = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../utils/knowledge/vendor/commons-2024-mps.json'), 'utf8')) as CommonsMember[];
    expect(members).toHaveLength(650);
    const files = commonsFromKnowledge(members, readKnowledgeFiles());
    expect([...files.keys()].sort()).toEqual(['england', 'northern-ireland', 'scotland', 'wales']);
    for (const [name, entities] of files) {
      const committed = readFileSync(join(KNOWLEDGE_DIR, 'people/commons', `${name}.json`), 'utf8');
      expect(committed === formatPack(entities, COMMONS_DATASET.date), `${name}.json is stale: run npm run knowledge`).toBe(true);
    }
  });
});
