import { describe, expect, it } from 'vitest';
import { weakPlaceContexts } from '@/utils/knowledge/weak-place-contexts';
import { aliasesOf } from '@/utils/knowledge/validate';
import type { Entity } from '@/utils/knowledge/types';
import { make } from './make-entity';

const weakOf = (entity: Entity) => aliasesOf(entity).filter(({ weak }) => weak).map(({ text }) => text);
const lebanon = make('lebanon', 'place', 'Lebanon', ['Lebanese Republic'], [['Capital', 'Beirut'], ['Continent', 'Asia']]);
const hezbollah = make('hezbollah', 'organization', 'Hezbollah', ['Hizbollah'], [], ['lebanon']);
const unesco = make('unesco', 'organization', 'UNESCO', [], []);
const tyre = make('tyre-lebanon', 'place', 'Tyre (Lebanon)', [{ text: 'Tyre', weak: true }, 'Tyre, Lebanon'], [], ['lebanon', 'hezbollah', 'unesco']);
const district = make('tyre-district', 'organization', 'Tyre District Council', [], [], ['tyre-lebanon']);
const crowd = Array.from({ length: 31 }, (_, i) => make(`site-${i}`, 'place', `Site ${i}`, [], [], ['unesco']));
const all = [lebanon, hezbollah, unesco, tyre, district, ...crowd];

describe('the context of a hand-written place under a weak one-word name', () => {
  const contexts = weakPlaceContexts([tyre], all, weakOf);

  it('is its country by its strong names, then the bodies tied to it', () => {
    expect(contexts['tyre-lebanon']).toEqual(['Lebanon', 'Lebanese Republic', 'Hezbollah', 'Hizbollah']);
  });

  it("leaves out a tie in much of the news (UNESCO's 31 sites) and a name that holds the place's own", () => {
    expect(contexts['tyre-lebanon']).not.toContain('UNESCO');
    expect(contexts['tyre-lebanon']).not.toContain('Tyre District Council');
  });

  it('is what is tied to it, and not its country, for a place whose weak names are phrases ("Mount Kenya" for the region)', () => {
    const kenya = make('kenya', 'place', 'Kenya', [], [['Capital', 'Nairobi']]);
    const gachagua = make('rigathi-gachagua', 'person', 'Rigathi Gachagua', [], [], ['kenya']);
    const region = make('mount-kenya-region', 'place', 'Mt Kenya region', [{ text: 'Mount Kenya', weak: true }], [], ['kenya', 'rigathi-gachagua']);
    expect(weakPlaceContexts([region], [...all, kenya, gachagua, region], weakOf)).toEqual({ 'mount-kenya-region': ['Rigathi Gachagua'] });
  });

  it('is none for a place whose weak names are initials, or phrases tied to a country alone, or that has no weak name', () => {
    const gulf = make('persian-gulf', 'place', 'Persian Gulf', [{ text: 'the Gulf', weak: true }], [], ['lebanon']);
    const kri = make('kurdistan-region', 'place', 'Kurdistan Region', [{ text: 'KRI', weak: true }], [], ['lebanon']);
    const byblos = make('byblos', 'place', 'Byblos', [], [], ['lebanon']);
    expect(weakPlaceContexts([gulf, kri, byblos], [...all, gulf, kri, byblos], weakOf)).toEqual({});
  });

  it('is none for a country, which a page tells apart by its own places', () => {
    const weakCountry = make('micronesia', 'place', 'Micronesia', [{ text: 'Micronesia', weak: true }], [['Capital', 'Palikir']], ['lebanon']);
    expect(weakPlaceContexts([weakCountry], [...all, weakCountry], weakOf)).toEqual({});
  });

  it('is its country\'s for a province with a capital of its own, which names the country it lies in ("Mahra" in a story about Yemen)', () => {
    const yemen = make('yemen', 'place', 'Yemen', [], [['Capital', 'Sanaa']]);
    const mahra = make('al-mahra', 'place', 'Al-Mahra Governorate', [{ text: 'Mahra', weak: true }], [['Country', 'Yemen'], ['Capital', 'Al Ghaydah']], ['yemen']);
    expect(weakPlaceContexts([mahra], [...all, yemen, mahra], weakOf)).toEqual({ 'al-mahra': ['Yemen'] });
  });

  it('takes the weak names as the build judged them, not only as written', () => {
    const written = make('suez-canal', 'place', 'Suez Canal', ['Suez'], [], ['lebanon']);
    expect(weakPlaceContexts([written], [...all, written], weakOf)).toEqual({});
    expect(weakPlaceContexts([written], [...all, written], () => ['Suez'])['suez-canal']).toEqual(['Lebanon', 'Lebanese Republic']);
  });
});
