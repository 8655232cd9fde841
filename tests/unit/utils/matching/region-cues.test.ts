import { describe, expect, it } from 'vitest';
import { regionCueAround } from '@/utils/matching/region-cues';
import { entity, matcherFor } from './knowledge-matcher';
import { bracketed } from './helpers';
import type { Entity, Fact } from '@/utils/knowledge/types';

const saysRegion = (marked: string) => {
  const [text, start, end] = bracketed(marked);
  return regionCueAround(text, start, end);
};

describe("the words around a city's name that say its region is meant", () => {
  it.each([
    'Russian drones hit the [Kyiv] and Dnipro regions overnight',
    'the Kyiv and [Dnipro] regions',
    'the frontline regions of [Donetsk], Kharkiv, and Zaporizhzhia',
    'the frontline regions of Donetsk, Kharkiv, and [Zaporizhzhia]',
    'Moscow claims the regions of Kherson and [Zaporizhzhia]',
    '[Donetsk], Luhansk, Kherson and Zaporizhzhia oblasts',
    '[Kharkiv] Governor Oleh Syniehubov said',
    "[Kharkiv]'s governor said",
    "[Dnipropetrovsk]'s deputy governor said",
    'the [Sumy] regional military administration',
    'the [Sumy] Regional Military Administration',
    'the regions of [Moscow] and Kaluga',
    'he met the mayors of [Iaşi] and Botoşani counties',
    'he met the mayors of Iaşi and [Botoşani] counties',
    'camps in the northwestern state of [Sokoto]',
    'fighting in the southern province of [Kandahar]',
    'redeploying units to the [Zaporizhzhia] front, Syrskyi said',
    'on the [Kharkiv] front line',
    'attacks along the [Kherson] axis',
    'The governor of [Zaporizhzhia] said two villages were hit',
    'Governor of [Kharkiv] Oleh Syniehubov',
    'Russia controls about 75% of [Zaporizhzhia] and Kherson',
    'Russian forces occupy roughly 20 percent of [Donetsk]',
    'Moscow has captured some 30 per cent of [Kherson]',
  ])('%s', (marked) => expect(saysRegion(marked)).toBe(true));

  it.each([
    'a drone hit [Kharkiv] overnight',
    "[Kharkiv]'s mayor Ihor Terekhov said",
    'the [Kyiv] government and the regions',
    'trains from [Kyiv] to the western regions',
    '[Kyiv] and other regions',
    'the state of the economy in [Sokoto]',
    '[Kharkiv] frontman Serhiy Zhadan',
    'a [Kharkiv] frontier town',
    'the mayor of [Zaporizhzhia] said',
    'the governor spoke of [Kharkiv]',
    'About 60% of [Kyiv] was left without power',
    "70% of [Kharkiv]'s buildings were damaged",
    'roughly 20 percent of [Donetsk] remains in Ukrainian hands',
  ])('%s', (marked) => expect(saysRegion(marked)).toBe(false));
});

/** A region as the gazetteer writes it. */
function region(name: string, country: string): Entity {
  const facts: Fact[] = [
    { label: 'Type', value: 'First-level administrative region' },
    { label: 'Country', value: country },
  ];
  return { ...entity('place', name), facts };
}

describe('a region named by its city', () => {
  const find = matcherFor([entity('place', 'Kharkiv'), entity('place', 'Dnipro'), entity('place', 'Kyiv'), region('Kharkiv Oblast', 'Ukraine'), region('Kyiv Oblast', 'Ukraine')]);

  it('is marked as the region where its words say so, the city elsewhere', () => {
    expect(find('Drones hit the Kyiv and Kharkiv regions.')).toEqual([
      ['Kyiv Oblast', 'Kyiv'],
      ['Kharkiv Oblast', 'Kharkiv'],
    ]);
    expect(find('Kharkiv Governor Oleh Syniehubov said a drone hit Kharkiv.')).toEqual([
      ['Kharkiv Oblast', 'Kharkiv'],
      ['Kharkiv', 'Kharkiv'],
    ]);
    // One region's kind before the name: the region, which wire copy writes so ("the state of Sokoto").
    const nigeria = matcherFor([entity('place', 'Sokoto'), region('Sokoto State', 'Nigeria')]);
    expect(nigeria('Strikes hit the northwestern state of Sokoto, near Sokoto.')).toEqual([
      ['Sokoto State', 'Sokoto'],
      ['Sokoto', 'Sokoto'],
    ]);
    // A region the knowledge names otherwise ("Dnipropetrovsk Oblast") leaves the city's name the city's.
    expect(find('the Kyiv and Dnipro regions')).toEqual([
      ['Kyiv Oblast', 'Kyiv'],
      ['Dnipro', 'Dnipro'],
    ]);
  });
});
