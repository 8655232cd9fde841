import { describe, expect, it } from 'vitest';
import { bareRegionName, NOT_REGION_NAMES, regionKindSpellings, regionName } from '@/utils/knowledge/generators/region-names';

describe('region names as news writes them', () => {
  it.each([
    ['UA', 'Sumy', 'Sumy Oblast'],
    ['UA', 'Crimea', 'Crimea'],
    ['RU', 'Rostov', 'Rostov Oblast'],
    ['BY', 'Grodnenskaya', 'Grodno Region'],
    ['SD', 'Northern Darfur', 'North Darfur'],
    ['SD', 'Al Qaḑārif', 'Gedaref'],
    ['ET', 'Oromiya', 'Oromia'],
    ['DE', 'Thuringia', 'Thuringia'],
    // A spelling is its country's: Russia's bare "Minsk" is nothing to rename.
    ['RU', 'Minsk', 'Minsk'],
  ])('%s %s → %s', (country, name, news) => expect(regionName(country, name)).toBe(news));

  it.each([
    ['NG', 'Borno State', 'Borno'],
    ['KE', 'Turkana County', 'Turkana'],
    ['MM', 'Shan State', 'Shan'],
    ['MM', 'Sagaing Region', 'Sagaing'],
    // Elsewhere the bare name is its city's ("Cluj" is Cluj-Napoca), and a kind mid-name stays.
    ['RO', 'Cluj County', null],
    ['BY', 'Gomel Region', null],
    ['NG', 'Cross River State', 'Cross River'],
    ['NG', 'Statesville', null],
  ])('drops the kind a country\'s news drops: %s %s → %s', (country, name, bare) => expect(bareRegionName(country, name)).toBe(bare));

  it('leaves out regions whose names are everyday words', () => {
    expect(NOT_REGION_NAMES.has('ET:Somali')).toBe(true);
    expect(NOT_REGION_NAMES.has('NG:Delta')).toBe(true);
  });

  it.each([
    ['Poltava Oblast', ['Poltava region', 'Poltava Region', 'Poltava oblast']],
    ['Stavropol Kray', ['Stavropol region', 'Stavropol Region', 'Stavropol krai', 'Stavropol Krai']],
    ['Gomel Region', ['Gomel region']],
    ['Idlib Governorate', ['Idlib governorate']],
    ['Kyiv City', []],
    ['Thuringia', []],
  ])('writes %s as news also does: %j', (name, spellings) => expect(regionKindSpellings(name)).toEqual(spellings));
});
