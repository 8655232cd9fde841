import { describe, expect, it } from 'vitest';
import { buildSearchIndex, entityLine, searchEntities } from '@/utils/knowledge/search';
import { searchLines } from '@/utils/knowledge/search-lines';
import { readKnowledgeFiles } from '@/utils/knowledge/read-files';

const person = (id: string, name: string, aliases: string[] = []) => entityLine({ id, type: 'person', name, aliases });
const index = buildSearchIndex(
  [
    person('sergei-lavrov', 'Sergei Lavrov', ['Lavrov']),
    person('oleksandr-syrskyi', 'Oleksandr Syrskyi', ['Syrskyi', 'Syrsky']),
    entityLine({ id: 'lavrovo', type: 'place', name: 'Lavrovo', aliases: [] }),
    entityLine({ id: 'recep-tayyip-erdogan', type: 'person', name: 'Recep Tayyip Erdoğan', aliases: [{ text: 'Erdoğan', weak: true }] }),
    entityLine({ id: 'georgia', type: 'place', name: 'Georgia', aliases: [] }),
    entityLine({ id: 'georgia-us-state', type: 'place', name: 'Georgia (U.S. state)', aliases: [] }),
  ].join('\n'),
);
const ids = (query: string) => searchEntities(index, query).map((h) => h.id);

describe('the look-up', () => {
  it('finds a name by its start, a word\'s start, or every word\'s start', () => {
    expect(ids('lavr')).toEqual(['sergei-lavrov', 'lavrovo']);
    expect(ids('Sergei L')).toEqual(['sergei-lavrov']);
    expect(ids('lav serg')).toEqual(['sergei-lavrov']);
  });

  it('ignores case and diacritics', () => {
    expect(ids('erdogan')).toEqual(['recep-tayyip-erdogan']);
    expect(ids('ERDOĞ')).toEqual(['recep-tayyip-erdogan']);
  });

  it('accepts other transliterations of given names', () => {
    expect(ids('Sergey Lavrov')).toEqual(['sergei-lavrov']);
    expect(ids('Alexander Syrsky')).toEqual(['oleksandr-syrskyi']);
  });

  it('ranks an exact name first, and earlier entries first on a tie', () => {
    expect(ids('georgia')).toEqual(['georgia', 'georgia-us-state']);
  });

  it('needs two characters, and finds nothing for nonsense', () => {
    expect(ids('g')).toEqual([]);
    expect(ids('g q')).toEqual([]);
    expect(ids('qqqq')).toEqual([]);
  });

  it('covers the whole bundled knowledge, busiest entities first', () => {
    const bundled = buildSearchIndex(searchLines(readKnowledgeFiles()));
    expect(bundled.entries.length).toBeGreaterThan(18_000);
    expect(searchEntities(bundled, 'Zelensky')[0].id).toBe('volodymyr-zelensky');
    // The gazetteer's town, by the national transliteration its alias gives.
    expect(searchEntities(bundled, 'kostiantynivka').map((h) => h.id)).toContain('kostyantynivka-ua');
  });

  it('scores only the bucket of the first word\'s start, and finds all that scoring every entry finds', () => {
    const bundled = buildSearchIndex(searchLines(readKnowledgeFiles()));
    const everyOrder = [...bundled.entries.keys()];
    // The reference hands every entry to every query: the scan the buckets replace.
    const scanAll = { entries: bundled.entries, byWordStart: { get: () => everyOrder } as unknown as Map<string, number[]> };
    const typed = ['Sergey Lavrov', 'erdogan', 'Kostiantynivka', 'von der L', 'der leyen', 'St. Peters', 'lab party', "O'Brien", 'New York C'];
    for (const name of typed)
      for (let i = 2; i <= name.length; i++) {
        const query = name.slice(0, i);
        expect(searchEntities(bundled, query, 20), query).toEqual(searchEntities(scanAll, query, 20));
      }
    expect(bundled.byWordStart.get('la')!.length).toBeLessThan(bundled.entries.length / 10);
  });
});
