import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCongress, CONGRESS_DATASET, legislatorEntity, seatName, spansOf, type Legislator } from '@/utils/knowledge/generators/congress';
import { formatPack } from '@/utils/knowledge/generators/format';
import { isGenerated } from '@/utils/knowledge/generators/sources';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '@/utils/knowledge/read-files';

const schiff: Legislator = {
  bioguide: 'S001150',
  first: 'Adam',
  last: 'Schiff',
  middle: 'B.',
  official_full: 'Adam B. Schiff',
  wikipedia: 'Adam Schiff',
  birthday: '1960-06-22',
  terms: [
    { type: 'rep', start: '2001-01-03', end: '2003-01-03', state: 'CA', district: 27, party: 'Democrat' },
    { type: 'rep', start: '2003-01-07', end: '2005-01-03', state: 'CA', district: 29, party: 'Democrat' },
    { type: 'rep', start: '2005-01-04', end: '2007-01-03', state: 'CA', district: 29, party: 'Democrat' },
    { type: 'sen', start: '2024-12-09', end: '2031-01-03', state: 'CA', party: 'Democrat' },
  ],
};

describe('the Congress generator', () => {
  it('merges consecutive terms in one seat into spans', () => {
    expect(spansOf(schiff.terms).map((s) => [s.type, s.district ?? null, s.start, s.end])).toEqual([
      ['rep', 27, '2001-01-03', '2003-01-03'],
      ['rep', 29, '2003-01-07', '2007-01-03'],
      ['sen', null, '2024-12-09', '2031-01-03'],
    ]);
  });

  it('names seats as cards say them', () => {
    expect(seatName({ type: 'sen', start: '', end: '', state: 'OH' })).toBe('U.S. Senator from Ohio');
    expect(seatName({ type: 'rep', start: '', end: '', state: 'TX', district: 2 })).toBe("U.S. Representative for Texas's 2nd district");
    expect(seatName({ type: 'rep', start: '', end: '', state: 'WY', district: 0 })).toBe("U.S. Representative for Wyoming's at-large district");
    expect(seatName({ type: 'rep', start: '', end: '', state: 'NY', district: 12 })).toBe("U.S. Representative for New York's 12th district");
  });

  it('makes a person with the current seat, earlier seats, party and birth date, sourced and dated', () => {
    const entity = legislatorEntity(schiff);
    expect(entity).toMatchObject({ id: 'adam-schiff', name: 'Adam Schiff', aliases: ['Adam B. Schiff', { text: 'Schiff', weak: true }], asOf: CONGRESS_DATASET.date });
    expect(entity.facts).toEqual([
      { label: 'Office', value: 'U.S. Senator from California', from: '2024-12-09' },
      { label: 'Former office', value: "U.S. Representative for California's 29th district", from: '2003-01-07', to: '2007-01-03' },
      { label: 'Former office', value: "U.S. Representative for California's 27th district", from: '2001-01-03', to: '2003-01-03' },
      { label: 'Party', value: 'Democratic Party' },
      { label: 'Born', value: '22 June 1960', from: '1960-06-22' },
    ]);
    expect(entity.sources.map((s) => s.url)).toEqual(['https://bioguide.congress.gov/search/bio/S001150', 'https://en.wikipedia.org/wiki/Adam_Schiff', CONGRESS_DATASET.url]);
  });

  it("names a member as Wikipedia's title does, keeping the dataset's name as the id and an alias", () => {
    const durbin: Legislator = { ...schiff, bioguide: 'D000563', first: 'Richard', last: 'Durbin', middle: 'J.', official_full: 'Richard J. Durbin', wikipedia: 'Dick Durbin' };
    expect(legislatorEntity(durbin)).toMatchObject({ id: 'richard-durbin', name: 'Dick Durbin', aliases: ['Richard Durbin', 'Richard J. Durbin', { text: 'Durbin', weak: true }] });
    const hill: Legislator = { ...schiff, bioguide: 'H001072', first: 'J.', last: 'Hill', official_full: 'J. French Hill', wikipedia: 'French Hill (politician)' };
    expect(legislatorEntity(hill)).toMatchObject({ id: 'j-hill', name: 'French Hill' });
    expect(legislatorEntity({ ...schiff, wikipedia: undefined }).name).toBe('Adam Schiff');
  });

  it("ties a member to their state where the knowledge has it", () => {
    expect(legislatorEntity(schiff, new Set(['california-us-ca'])).related).toContain('california-us-ca');
    expect(legislatorEntity(schiff).related).not.toContain('california-us-ca');
  });

  it('leaves a member with a hand-written entry to that entry', () => {
    expect(buildCongress([schiff], new Set(['adam-schiff'])).get('senate')).toEqual([]);
  });

  it('is what `npm run knowledge` last wrote: the committed files equal a fresh run', () => {
    const legislators = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../utils/knowledge/vendor/congress-legislators-current.json'), 'utf8')) as Legislator[];
    const knowledge = readKnowledgeFiles();
    const handIds = new Set(knowledge.filter((f) => !isGenerated(f.name)).flatMap((f) => f.pack.entities.map((e) => e.id)));
    const placeIds = new Set(knowledge.flatMap((f) => f.pack.entities.filter((e) => e.type === 'place').map((e) => e.id)));
    for (const [name, entities] of buildCongress(legislators, handIds, placeIds)) {
      const committed = readFileSync(join(KNOWLEDGE_DIR, 'people/congress', `${name}.json`), 'utf8');
      expect(committed === formatPack(entities, CONGRESS_DATASET.date), `${name}.json is stale: run npm run knowledge`).toBe(true);
    }
  });
});
