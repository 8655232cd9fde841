import { describe, expect, it } from 'vitest';
import { leadingCountry } from '@/entrypoints/news-page.content/leading-country';

const countries = {
  'United States': ['United States', 'US', 'U.S.', 'United States of America'],
  Estonia: ['Estonia'],
  Russia: ['Russia'],
};

describe('the country a story names most', () => {
  it('is the one named most often, by any of its names, as whole words', () => {
    expect(leadingCountry('Estonia and Russia. Estonia again. Estonia, Russia.', countries)).toBe('Estonia');
    expect(leadingCountry('The U.S. and the United States of America; US trade.', countries)).toBe('United States');
    // "Russian" and "USB" are not the countries' names.
    expect(leadingCountry('Russian and Russian talks on USB; Estonia twice, Estonia.', countries)).toBe('Estonia');
    // Blocks joined without a space (a heading, then a paragraph) still hold their names.
    expect(leadingCountry('News from EstoniaEstonia votes; Russia', countries)).toBe('Estonia');
  });

  it('is none when no country is named twice, or two lead together', () => {
    expect(leadingCountry('Talks in Estonia on Tuesday.', countries)).toBeNull();
    expect(leadingCountry('Estonia, Russia, Estonia, Russia.', countries)).toBeNull();
    expect(leadingCountry('No country at all.', {})).toBeNull();
  });
});
