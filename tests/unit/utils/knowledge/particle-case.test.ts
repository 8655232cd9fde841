import { describe, expect, it } from 'vitest';
import { particleCaseVariant } from '@/utils/knowledge/particle-case';
import { entity, matcherFor } from '../matching/knowledge-matcher';

describe("a person's name with its particles in the other case", () => {
  it.each([
    ['Bart De Wever', 'Bart de Wever'],
    ['Ursula von der Leyen', 'Ursula Von Der Leyen'],
    ['Marine Le Pen', 'Marine le Pen'],
    ['Luis de Guindos', 'Luis De Guindos'],
    ['Le Pen', null],
    ['De Wever', null],
    ['Donald Trump', null],
  ])('%s → %s', (name, variant) => expect(particleCaseVariant(name)).toBe(variant));

  it('is matched where a page writes it so', () => {
    const find = matcherFor([entity('person', 'Bart De Wever', [], ['Prime Minister of Belgium'])]);
    expect(find('Belgian Prime Minister Bart de Wever has warned.')).toEqual([['Bart De Wever', 'Bart de Wever']]);
    expect(find('Prime Minister Bart De Wever has warned.')).toEqual([['Bart De Wever', 'Bart De Wever']]);
  });
});
