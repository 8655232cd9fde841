import { describe, expect, it } from 'vitest';
import { mapAltText } from '@/utils/geo/alt-text';
import { compassWord, type MapBounds } from '@/utils/geo/compass';

const BOX: MapBounds = [
  [10, 20],
  [100, 80],
];

describe('compass words', () => {
  it('name the third of the box a point lies in, north at the top', () => {
    expect(compassWord([55, 50], BOX)).toBe('central');
    expect(compassWord([55, 21], BOX)).toBe('northern');
    expect(compassWord([55, 79], BOX)).toBe('southern');
    expect(compassWord([90, 50], BOX)).toBe('eastern');
    expect(compassWord([12, 50], BOX)).toBe('western');
    expect(compassWord([90, 25], BOX)).toBe('north-eastern');
    expect(compassWord([12, 25], BOX)).toBe('north-western');
    expect(compassWord([90, 75], BOX)).toBe('south-eastern');
    expect(compassWord([12, 75], BOX)).toBe('south-western');
  });

  it('cut at one and two thirds, and say nothing of an axis the box has no size along', () => {
    expect(compassWord([40, 50], BOX)).toBe('central'); // exactly one third across
    expect(compassWord([39.9, 50], BOX)).toBe('western');
    expect(compassWord([10, 5], [[10, 20], [10, 80]])).toBe('northern');
    expect(compassWord([3, 3], [[3, 3], [3, 3]])).toBe('central');
  });
});

describe('the map’s text alternative', () => {
  it('says where a town is: its region, then where in its country', () => {
    expect(mapAltText({ kind: 'point', name: 'Kramatorsk', region: 'Donetsk Oblast', country: 'Ukraine', compass: 'eastern' })).toBe('Map: Kramatorsk, in Donetsk Oblast, eastern Ukraine');
    expect(mapAltText({ kind: 'point', name: 'Valletta', country: 'Malta', compass: 'central' })).toBe('Map: Valletta, central Malta');
  });

  it('does not repeat a name its region holds, nor guess a direction off the main land', () => {
    expect(mapAltText({ kind: 'point', name: 'Kyiv', region: 'Kyiv City', country: 'Ukraine', compass: 'northern' })).toBe('Map: Kyiv, northern Ukraine');
    expect(mapAltText({ kind: 'point', name: 'Honolulu', region: 'Hawaii', country: 'United States', compass: null })).toBe('Map: Honolulu, in Hawaii, United States');
  });

  it('places a region in its country, and a country in its continent', () => {
    expect(mapAltText({ kind: 'area', name: 'Donetsk Oblast', country: 'Ukraine', compass: 'eastern' })).toBe('Map: Donetsk Oblast, eastern Ukraine');
    expect(mapAltText({ kind: 'country', name: 'Ukraine', country: 'Ukraine', compass: null, continent: 'Europe' })).toBe('Map: Ukraine, in Europe');
    expect(mapAltText({ kind: 'country', name: 'Taiwan', country: 'Taiwan', compass: null })).toBe('Map: Taiwan and its neighbours');
  });
});
