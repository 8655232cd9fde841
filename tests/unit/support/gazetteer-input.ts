import type { GazetteerInput, GeoCity } from '@/utils/knowledge/generators/gazetteer';

// A small GeoNames extract for the gazetteer generator's tests (`gazetteer.test.ts`, `gazetteer-scope.test.ts`).

export const city = (cityId: number, name: string, country: string, population: number, adminCode = '05', featureCode = 'PPL'): GeoCity => ({ cityId, name, country, population, adminCode, featureCode });

export const input = (cities: GeoCity[], taken: string[] = []): GazetteerInput => ({
  cities,
  admin1: [
    { code: 'UA.05', name: 'Donetsk' },
    { code: 'UA.14', name: 'Crimea' },
    { code: 'DE.16', name: 'Thuringia' },
  ],
  countryNames: new Map([['HR', 'Croatia'], ['UA', 'Ukraine'], ['DE', 'Germany'], ['GB', 'United Kingdom'], ['FR', 'France'], ['RU', 'Russia'], ['ZA', 'South Africa']]),
  countryIds: new Map([['UA', 'ukraine']]),
  taken: new Set(taken),
  lists: { commonWords: new Set(['reading', 'split']), givenNames: new Set(['florence', 'sofia']) },
  asOf: '2024-12-07',
});
