import { describe, expect, it } from 'vitest';
import { isArticleAndAdjective, readsAsAdjective } from '@/utils/matching/adjective-name';
import type { Entity } from '@/utils/knowledge/types';
import { entity, matcherFor } from './knowledge-matcher';

const described = (type: Entity['type'], name: string, description: string): Entity => ({ ...entity(type, name), description });

describe('a paper named "The" and an adjective, before a noun, is the adjective (readsAsAdjective)', () => {
  const after = (text: string, name: string) => readsAsAdjective(text, text.indexOf(name) + name.length);

  it.each([
    ['The Australian man who shot dead 51 people appealed.', 'The Australian'],
    ['The Independent commission said on Monday', 'The Independent'],
  ])('%s', (text, name) => expect(after(text, name)).toBe(true));

  it.each([
    ['The Australian reported on Monday', 'The Australian'],
    ["The Independent's editor said", 'The Independent'],
    ['an interview with The Australian newspaper', 'The Australian'],
    ['The Australian, which first reported it', 'The Australian'],
    ['according to The Independent.', 'The Independent'],
  ])('%s: the paper', (text, name) => expect(after(text, name)).toBe(false));

  it('leaves the paper unmarked before a noun, and other "The" names alone ("The Hague court")', () => {
    const find = matcherFor([
      described('organization', 'The Australian', 'Australian national daily newspaper owned by News Corp.'),
      described('place', 'The Hague', 'Dutch city, seat of government.'),
      { ...entity('place', 'Mediterranean Sea', ['the Mediterranean']), description: 'Sea between Europe and Africa.' },
    ]);
    expect(find('The Australian man who shot dead 51 people appealed.')).toEqual([]);
    expect(find('The Australian reported the appeal.')).toEqual([['The Australian', 'The Australian']]);
    expect(find('It went to a court in The Hague today.')).toEqual([['The Hague', 'The Hague']]);
    expect(find('Judges in The Hague court ruled.')).toEqual([['The Hague', 'The Hague']]);
    expect(isArticleAndAdjective(['the', 'times'])).toBe(false);
    // Only where the page writes "The" in capitals: a sentence's opening adjective, not "the Mediterranean can".
    expect(find('weather conditions in the Mediterranean can shift')).toEqual([['Mediterranean Sea', 'the Mediterranean']]);
  });
});
