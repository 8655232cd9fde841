import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/utils/knowledge/generators/gazetteer';
import { regionName } from '@/utils/knowledge/generators/region-names';
import { russianNews, ukrainianNational } from '@/utils/knowledge/generators/place-names';
import { formatPack } from '@/utils/knowledge/generators/format';
import { GEONAMES_EXTRACT_DATE, namesTakenAbroad, readGazetteerInput, takenNames } from '@/utils/knowledge/generators/sources';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '@/utils/knowledge/read-files';
import { city, input } from '../../../support/gazetteer-input';

describe('the gazetteer generator', () => {
  it('gives each place its country, region and population with the figure’s date, and a GeoNames source', () => {
    const { files } = buildGazetteer(input([city(704422, 'Pokrovsk', 'UA', 68_263, '05', 'PPLA2')]));
    const pokrovsk = files.get('ukraine')![0];
    expect(pokrovsk).toMatchObject({
      id: 'pokrovsk-ua',
      type: 'place',
      description: 'Town in Donetsk Oblast, Ukraine.',
      sources: [{ url: 'https://www.geonames.org/704422' }],
      asOf: '2024-12-07',
      related: ['ukraine'],
    });
    expect(pokrovsk.facts).toEqual([
      { label: 'Type', value: 'Town' },
      { label: 'Country', value: 'Ukraine' },
      { label: 'Region', value: 'Donetsk Oblast' },
      { label: 'Population', value: '68,263 (GeoNames, December 2024)', from: '2024' },
    ]);
  });

  it('leaves out names that are English words, given names, hand-written entities or a larger place’s, and says why', () => {
    const { files, leftOut } = buildGazetteer(
      input(
        [city(1, 'Reading', 'US', 230_000), city(2, 'Florence', 'FR', 250_000), city(3, 'Kyiv', 'UA', 2_900_000), city(4, 'Pokrovsk', 'UA', 68_000), city(5, 'Pokrovsk', 'UA', 9_000, '14')],
        ['kyiv'],
      ),
    );
    expect([...files.values()].flat().filter((e) => e.name === 'Pokrovsk')).toHaveLength(1);
    expect(leftOut).toEqual([
      { name: 'Kyiv', country: 'UA', reason: 'another entity’s name' },
      { name: 'Florence', country: 'FR', reason: 'given name' },
      { name: 'Reading', country: 'US', reason: 'common word' },
      { name: 'Pokrovsk', country: 'UA', reason: 'shares a larger place’s name' },
    ]);
  });

  it('writes Russian names as news does, from GeoNames’ spelling', () => {
    expect(['Nizhniy Novgorod', 'Velikiy Novgorod', 'Staryy Oskol', 'Petropavlovsk-Kamchatskiy', 'Groznyy', 'Kazan’', 'Novyy Urengoy'].map(russianNews)).toEqual([
      'Nizhny Novgorod',
      'Veliky Novgorod',
      'Stary Oskol',
      'Petropavlovsk-Kamchatsky',
      'Grozny',
      'Kazan',
      'Novy Urengoy',
    ]);
    const { files } = buildGazetteer(input([city(1, 'Nizhniy Novgorod', 'RU', 1_250_000)]));
    expect(files.get('russia')![0].aliases).toEqual(['Nizhny Novgorod']);
  });

  it('spells an Arab town\'s article the other way too ("El Obeid" is AP\'s "al-Obeid"), and no other country\'s ("El Paso")', () => {
    const { files } = buildGazetteer(input([city(1, 'El Obeid', 'SD', 400_000), city(2, 'Al Qusayr', 'SY', 30_000), city(3, 'El Paso', 'US', 680_000)]));
    const aliases = (id: string) => [...files.values()].flat().find((e) => e.id === id)?.aliases;
    expect(aliases('el-obeid-sd')).toEqual(['Al Obeid']);
    expect(aliases('al-qusayr-sy')).toEqual(['El Qusayr']);
    expect(aliases('el-paso-us')).toEqual([]);
  });

  it('gives a news spelling to its own place even where a larger place has that name ("Newcastle")', () => {
    const { files, leftOut } = buildGazetteer(input([city(1, 'Newcastle', 'ZA', 404_000), city(2, 'Newcastle upon Tyne', 'GB', 192_000), city(3, 'Frankfurt am Main', 'DE', 650_000, '16')]));
    const places = [...files.values()].flat();
    expect(places.map((p) => [p.name, p.aliases])).toEqual(expect.arrayContaining([['Newcastle upon Tyne', ['Newcastle']], ['Frankfurt am Main', ['Frankfurt']]]));
    expect(places.map((p) => p.name)).not.toContain('Newcastle');
    expect(leftOut).toContainEqual({ name: 'Newcastle', country: 'ZA', reason: 'news names another place so' });
  });

  it('lets a town keep a name that is only a weak name of a body tied to it ("Liverpool" for the club), and no other', () => {
    const body = (id: string, weak: string, related: string[]) => ({ id, type: 'organization' as const, name: id, aliases: [{ text: weak, weak: true }], description: 'x', facts: [], sources: [], asOf: '2025', related });
    const pack = {
      version: '1',
      asOf: '2025',
      entities: [
        body('liverpool-fc', 'Liverpool', ['liverpool-gb']), body('newcastle-united-fc', 'Newcastle', ['newcastle-upon-tyne-gb']), body('ss-lazio', 'Lazio', ['rome', 'lazio-it-07']),
        body('tata-group', 'Tata', ['india']), body('sl-benfica', 'Benfica', ['lisbon-pt']),
      ],
    };
    const taken = takenNames([{ name: 'organizations/sport.json', pack }]);
    expect(['liverpool', 'newcastle', 'lazio', 'tata', 'benfica'].map((n) => taken.has(n))).toEqual([false, false, false, true, true]);
  });

  it('lets a town keep a name that is only an acronym of three letters or more elsewhere ("NIS" is not "Niš"), not two ("UK")', () => {
    const body = (id: string, alias: string) => ({ id, type: 'organization' as const, name: id, aliases: [alias], description: 'x', facts: [], sources: [], asOf: '2025' });
    const pack = { version: '1', asOf: '2025', entities: [body('naftna-industrija-srbije', 'NIS'), body('united-kingdom', 'UK'), body('imo', 'I.M.O.')] };
    const taken = takenNames([{ name: 'organizations/companies.json', pack }]);
    expect(['nis', 'uk', 'i.m.o.'].map((n) => taken.has(n))).toEqual([false, true, false]);
  });

  it('lets a town abroad keep a hand-written place\'s weak name ("Brest" in Belarus beside Brest in France), not a town in the place\'s own country', () => {
    const place = (id: string, alias: string, related: string[]) => ({ id, type: 'place' as const, name: `${alias} (x)`, aliases: [{ text: alias, weak: true }], description: 'x', facts: [], sources: [], asOf: '2025', related });
    const countries = { version: '1', asOf: '2025', entities: ['france', 'ukraine'].map((id) => ({ id, type: 'place' as const, name: id, aliases: [], description: 'x', facts: [], sources: [], asOf: '2025' })) };
    const files = [
      { name: 'places/countries.json', pack: countries },
      { name: 'places/europe.json', pack: { version: '1', asOf: '2025', entities: [place('brest-france', 'Brest', ['france']), place('kupol', 'Kupol', ['ukraine'])] } },
    ];
    expect(takenNames(files).has('brest')).toBe(false);
    const abroad = namesTakenAbroad(files);
    expect([...abroad].map(([name, own]) => [name, [...own]])).toEqual([['brest', ['france']], ['kupol', ['ukraine']]]);
    // Brest in Belarus keeps its name; a Kupol in Ukraine is the hand-written place itself; a region has no country to tell.
    const base = input([city(1, 'Brest', 'BY', 340_000), city(2, 'Kupol', 'UA', 5_000)]);
    const { files: out, leftOut } = buildGazetteer({ ...base, countryIds: new Map([['UA', 'ukraine'], ['BY', 'belarus']]), takenAbroad: abroad });
    expect([...out.values()].flat().filter((e) => e.type === 'place' && e.id.endsWith('-by')).map((e) => e.name)).toEqual(['Brest']);
    expect(leftOut).toEqual([{ name: 'Kupol', country: 'UA', reason: 'another entity’s name' }]);
  });

  it('gives a city the name news gives it where GeoNames\' is its province\'s too ("Quebec City"), and the province its bare name', () => {
    const admin1 = [{ code: 'CA.10', name: 'Quebec' }];
    const { files } = buildGazetteer({ ...input([city(1, 'Québec', 'CA', 528_000, '10', 'PPLA')]), countryNames: new Map([['CA', 'Canada']]), admin1 });
    expect([...files.values()].flat().map((p) => p.id).sort()).toEqual(['quebec-ca-10', 'quebec-city-ca']);
  });

  it('keeps a U.S. state whose bare name news gives its city ("New York") under a qualified name, the bare name the city\'s', () => {
    const admin1 = [{ code: 'US.NY', name: 'New York' }];
    const { files } = buildGazetteer({ ...input([city(1, 'New York City', 'US', 8_800_000, 'NY')]), countryNames: new Map([['US', 'United States']]), admin1 });
    const places = [...files.values()].flat();
    expect(places.find((p) => p.id === 'new-york-city-us')?.aliases).toEqual(['New York', 'NYC']);
    expect(places.find((p) => p.id === 'new-york-us-ny')).toMatchObject({ name: 'New York (U.S. state)', aliases: ['New York state', 'U.S. state of New York'] });
  });

  it('leaves out regions named for a compass point, which the word list keeps only capitalised ("in the East")', () => {
    const admin1 = [{ code: 'IS.38', name: 'East' }, { code: 'IS.39', name: 'Northern' }, { code: 'IS.40', name: 'South-West' }, { code: 'DE.16', name: 'Thuringia' }];
    const { files, leftOut } = buildGazetteer({ ...input([]), countryNames: new Map([['IS', 'Iceland'], ['DE', 'Germany']]), admin1 });
    expect(files.get('regions')?.map((r) => r.name)).toEqual(['Thuringia']);
    expect(leftOut.map((l) => `${l.name}: ${l.reason}`)).toEqual(['East: common word', 'Northern: common word', 'South-West: common word']);
  });

  it('reads a name without the apostrophe of a soft sign, as a page\'s word is read: "Star’" is the English word', () => {
    const cities = [city(489271, 'Star’', 'RU', 4_994), city(2, 'Kostopil’', 'UA', 30_000)];
    const lists = { commonWords: new Set(['star']), givenNames: new Set<string>() };
    const { files, leftOut } = buildGazetteer({ ...input(cities), countryNames: new Map([['RU', 'Russia'], ['UA', 'Ukraine']]), lists });
    expect([...files.values()].flat().map((e) => e.name).filter((name) => name.endsWith('’'))).toEqual(['Kostopil’']);
    expect(leftOut.map((l) => `${l.name}: ${l.reason}`)).toEqual(['Star’: common word']);
  });

  it('adds the spelling a page writes without the apostrophes ("Siversk"), unless that is short, elided or another word', () => {
    const cities = [
      city(1, 'Sivers’k', 'UA', 13_900),
      city(2, 'Il’ya', 'BY', 1_800),
      city(3, 'Xi’an', 'CN', 6_501_190),
      city(4, "L'Aquila", 'IT', 68_000),
      city(5, "Ha'il", 'SA', 267_000),
      city(6, 'Kostopil’', 'UA', 30_000),
    ];
    const { files } = buildGazetteer({ ...input(cities), countryNames: new Map([['HR', 'Croatia'], ['UA', 'Ukraine'], ['BY', 'Belarus'], ['CN', 'China'], ['IT', 'Italy'], ['SA', 'Saudi Arabia']]) });
    const aliases = Object.fromEntries([...files.values()].flat().map((e) => [e.name, e.aliases]));
    // …and, for Siversk, the Russian spelling wire copy quotes (see `NEWS_SPELLINGS`).
    expect(aliases).toMatchObject({ 'Sivers’k': ['Siversk', 'Seversk'], 'Il’ya': [], 'Xi’an': ['Xian'], "L'Aquila": [], "Ha'il": [], 'Kostopil’': ['Kostopil'] });
  });

  it('keeps a capital of 100,000 named like a person ("Bern"), not a smaller one', () => {
    const lists = { commonWords: new Set<string>(), givenNames: new Set(['bern', 'victoria']) };
    // A made-up small capital in Europe (where towns of 20,000 count) stands for Seychelles' Victoria.
    const cities = [city(2661552, 'Bern', 'CH', 121_631, 'BE', 'PPLC'), city(241131, 'Victoria', 'MT', 22_881, '00', 'PPLC')];
    const { files, leftOut } = buildGazetteer({ ...input(cities), countryNames: new Map([['CH', 'Switzerland'], ['MT', 'Malta']]), lists });
    expect([...files.values()].flat().map((e) => e.name)).toContain('Bern');
    expect(leftOut.map((l) => `${l.name}: ${l.reason}`)).toEqual(['Victoria: given name']);
  });

  it('keeps a region named like a person under a qualified name, its bare name weak ("Alberta")', () => {
    const lists = { commonWords: new Set<string>(), givenNames: new Set(['alberta']) };
    const { files } = buildGazetteer({ ...input([]), admin1: [{ code: 'CA.01', name: 'Alberta' }], countryNames: new Map([['CA', 'Canada']]), lists });
    expect(files.get('regions')?.map((e) => [e.name, e.aliases])).toEqual([['Alberta (Canada)', [{ text: 'Alberta', weak: true }]]]);
  });

  it('keeps a large city whose name is also a given name ("Sofia"): news means the city', () => {
    const { files } = buildGazetteer(input([city(727011, 'Sofia', 'BG', 1_152_556, '42', 'PPLC')]));
    expect([...files.values()].flat().map((e) => e.name)).toContain('Sofia');
  });

  it('keeps a city named like a word that its table lists ("Split", "Reading" in England) under a qualified name, its bare name weak; no other of that name', () => {
    const cities = [city(3190261, 'Split', 'HR', 176_314, '15'), city(2639577, 'Reading', 'GB', 318_014, 'ENG'), city(9, 'Reading', 'US', 230_000)];
    const { files, leftOut } = buildGazetteer(input(cities));
    const kept = (files.get('europe') ?? []).map((e) => [e.id, e.name, e.aliases]);
    expect(kept).toEqual([
      ['reading-gb', 'Reading (United Kingdom)', [{ text: 'Reading', weak: true }]],
      ['split-hr', 'Split (Croatia)', [{ text: 'Split', weak: true }]],
    ]);
    expect(leftOut).toEqual([{ name: 'Reading', country: 'US', reason: 'shares a larger place’s name' }]);
  });

  it('keeps a front-line town named like a person that news names by itself ("Lyman"), and no other of that size', () => {
    const lists = { commonWords: new Set<string>(), givenNames: new Set(['lyman', 'brody']) };
    const cities = [city(704204, 'Lyman', 'UA', 28_200, '05'), city(703071, 'Lyman', 'UA', 4_008, '07'), city(710791, 'Brody', 'UA', 23_239, '14')];
    const { files, leftOut } = buildGazetteer({ ...input(cities), lists });
    expect(files.get('ukraine')?.map((e) => e.id)).toEqual(['lyman-ua']);
    expect(leftOut.map((l) => `${l.name}: ${l.reason}`)).toEqual(['Brody: given name', 'Lyman: shares a larger place’s name']);
  });

  it('writes Ukrainian names as news does, from GeoNames’ older spelling', () => {
    expect(['Kostyantynivka', 'Hulyaypole', 'Izyum', "Kup'yans'k", 'Dobropillya', "Bilhorod-Dnistrovs'kyy", 'Myrnohrad'].map(ukrainianNational)).toEqual([
      'Kostiantynivka',
      'Huliaipole',
      'Izium',
      'Kupiansk',
      'Dobropillia',
      'Bilhorod-Dnistrovskyi',
      'Myrnohrad',
    ]);
    const { files } = buildGazetteer(input([city(1, 'Kostyantynivka', 'UA', 67_000)]));
    expect(files.get('ukraine')![0].aliases).toEqual(['Kostiantynivka', 'Konstantinovka']);
  });

  it("gives a front-line town the spelling Russian reports use, even where a Russian town has it (\"Seversk\")", () => {
    const { files, leftOut } = buildGazetteer({ ...input([city(1, 'Sivers’k', 'UA', 13_900), city(2, 'Seversk', 'RU', 108_466)]), countryNames: new Map([['UA', 'Ukraine'], ['RU', 'Russia']]) });
    expect([...files.values()].flat().filter((e) => !e.id.includes('-ua-') && !e.id.includes('-de-')).map((e) => [e.id, e.aliases])).toEqual([['siversk-ua', ['Siversk', 'Seversk']]]);
    expect(leftOut).toEqual([{ name: 'Seversk', country: 'RU', reason: 'news names another place so' }]);
  });

  it('adds the spelling news uses where GeoNames transliterates otherwise, and leaves out everyday phrases', () => {
    const { files } = buildGazetteer(input([city(281124, 'Khān Yūnis', 'PS', 173_183), city(2, 'Old City', 'PS', 40_000), city(3, 'As-Suwayda', 'SY', 59_052)]));
    const places = [...files.values()].flat().filter((p) => /-(ps|sy)$/.test(p.id));
    expect(places.map((p) => [p.name, p.aliases]).sort()).toEqual([['As-Suwayda', ['Sweida']], ['Khān Yūnis', ['Khan Younis']]]);
  });

  it('gives a city GeoNames names in its own language the English name news uses ("Köln" is Cologne; "Gent", an English word, is Ghent)', () => {
    const { files } = buildGazetteer(input([city(1, 'Köln', 'DE', 963_395), city(2, 'Gent', 'BE', 231_493), city(3, 'Sevilla', 'ES', 703_206)]));
    const places = [...files.values()].flat().filter((p) => /-(de|be|es)$/.test(p.id));
    expect(places.map((p) => [p.name, p.aliases]).sort()).toEqual([['Ghent', []], ['Köln', ['Cologne']], ['Sevilla', ['Seville']]]);
  });

  it('writes a name GeoNames gives with the ʿayin mark as news does ("‘Afrīn" is Afrin, "‘Ayn al ‘Arab" Kobani), where the Latin-only rule left it out', () => {
    const { files } = buildGazetteer(input([city(174186, '‘Afrīn', 'SY', 48_693), city(172256, '‘Ayn al ‘Arab', 'SY', 50_000), city(3, '‘Unlisted', 'SY', 40_000)]));
    const places = [...files.values()].flat().filter((p) => p.id.endsWith('-sy'));
    expect(places.map((p) => [p.name, p.aliases]).sort()).toEqual([['Afrin', []], ['Kobani', ['Kobane', 'Kobanî', 'Ayn al-Arab']]]);
  });

  it('keeps a U.S. state or a region named like a country under a qualified name, its bare name weak', () => {
    const base = input([], ['georgia', 'washington']);
    const admin1 = [{ code: 'US.GA', name: 'Georgia' }, { code: 'US.WA', name: 'Washington' }, { code: 'US.TX', name: 'Texas' }];
    const countryNames = new Map([...base.countryNames, ['US', 'United States'], ['GE', 'Georgia']]);
    const regions = buildGazetteer({ ...base, admin1, countryNames }).files.get('regions')!;
    expect(regions.map((r) => [r.id, r.name, r.aliases])).toEqual([
      ['georgia-us-ga', 'Georgia (U.S. state)', ['Georgia state', 'U.S. state of Georgia', { text: 'Georgia', weak: true }]],
      ['texas-us-tx', 'Texas', []],
      ['washington-us-wa', 'Washington (U.S. state)', ['Washington state', 'U.S. state of Washington', { text: 'Washington', weak: true }]],
    ]);
  });

  it('keeps a U.S. state that a town abroad named like it took the name from, under its qualified name, its bare name weak', () => {
    const { files } = buildGazetteer({ ...input([city(453753, 'Montana', 'BG', 40_000, '47')]), admin1: [{ code: 'US.MT', name: 'Montana' }] });
    expect(files.get('regions')?.map((r) => [r.id, r.name, r.aliases])).toEqual([
      ['montana-us-mt', 'Montana (U.S. state)', ['Montana state', 'U.S. state of Montana', { text: 'Montana', weak: true }]],
    ]);
  });

  it('leaves out the parishes and councils of small states, whose names are English words ("German", "Trinity")', () => {
    const admin1 = [{ code: 'IM.12', name: 'German' }, { code: 'JE.09', name: 'Trinity' }, { code: 'DE.16', name: 'Thuringia' }];
    const regions = buildGazetteer({ ...input([]), admin1 }).files.get('regions')!;
    expect(regions.map((r) => r.name)).toEqual(['Thuringia']);
  });

  it('names a region that bears its city’s name with its kind, as its country’s news does ("Sokoto State", "Kandahar Province"), and never a city-state', () => {
    const cities = [city(1, 'Sokoto', 'NG', 500_000, '51'), city(2, 'Kandahar', 'AF', 400_000, '23'), city(3, 'Tokyo', 'JP', 9_000_000, '40'), city(4, 'Vienna', 'AT', 1_900_000, '09')];
    const admin1 = [{ code: 'NG.51', name: 'Sokoto' }, { code: 'AF.23', name: 'Kandahar' }, { code: 'JP.40', name: 'Tokyo' }, { code: 'AT.09', name: 'Vienna' }];
    const regions = buildGazetteer({ ...input(cities), admin1 }).files.get('regions') ?? [];
    expect(regions.map((r) => [r.id, r.name, r.aliases])).toEqual([
      ['kandahar-af-23', 'Kandahar Province', ['Kandahar province']],
      ['sokoto-ng-51', 'Sokoto State', ['Sokoto state']],
    ]);
  });

  it('names a renamed capital by its name now, the old one an alias, and gives a region the initials news uses', () => {
    const { files } = buildGazetteer({ ...input([city(1526273, 'Nur-Sultan', 'KZ', 345_604, '05', 'PPLC')]), admin1: [{ code: 'AU.02', name: 'New South Wales' }] });
    const places = [...files.values()].flat();
    expect(places.find((p) => p.id === 'astana-kz')).toMatchObject({ name: 'Astana', aliases: ['Nur-Sultan'] });
    expect(places.find((p) => p.name === 'New South Wales')?.aliases).toEqual(['NSW']);
  });

  it('keeps a country’s capital at any size from a thousand people (Valletta), as news names it', () => {
    const { files } = buildGazetteer(input([city(2562305, 'Valletta', 'MT', 6_794, '60', 'PPLC'), city(9, 'Smalltown', 'MT', 6_794, '60')]));
    expect([...files.values()].flat().filter((p) => p.id.endsWith('-mt')).map((p) => p.name)).toEqual(['Valletta']);
  });

  it('names regions as news does', () => {
    expect(regionName('UA', 'Sumy')).toBe('Sumy Oblast');
  });

  it('is what `npm run knowledge` last wrote: the committed files equal a fresh run', () => {
    const { files } = buildGazetteer(readGazetteerInput(readKnowledgeFiles()));
    for (const [name, entities] of files) {
      const committed = readFileSync(join(KNOWLEDGE_DIR, 'places/gazetteer', `${name}.json`), 'utf8');
      expect(committed === formatPack(entities, GEONAMES_EXTRACT_DATE), `${name}.json is stale: run npm run knowledge`).toBe(true);
    }
  });
});
