import { describe, expect, it } from 'vitest';
import { familyNameVariants } from '@/utils/knowledge/family-name-variants';

describe('other spellings of a Ukrainian family name', () => {
  it('end "-skyi", "-skiy", "-skii" or "-sky"', () => {
    expect(familyNameVariants('Oleksandr Syrskyi')).toEqual(['Oleksandr Syrskiy', 'Oleksandr Syrskii', 'Oleksandr Syrsky']);
    expect(familyNameVariants('Volodymyr Zelenskyy')).toEqual(['Volodymyr Zelenskyi', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskii', 'Volodymyr Zelensky']);
  });

  it('start with "G" where the national spelling has "H"', () => {
    expect(familyNameVariants('Svitlana Hrynchuk')).toEqual(['Svitlana Grynchuk']);
    expect(familyNameVariants('Herman Halushchenko')).toEqual(['Herman Galushchenko']);
  });

  it('have "g" between vowels where the national spelling has "h", never in kh, zh, sh or ch', () => {
    expect(familyNameVariants('Denys Shmyhal')).toEqual(['Denys Shmygal']);
    expect(familyNameVariants('Shmyhal')).toEqual(['Shmygal']);
    expect(familyNameVariants('Mykhailo Prokhorenko')).toEqual([]);
  });

  it('are there for a long family name alone, as news writes it in follow-up mentions', () => {
    expect(familyNameVariants('Syrskyi')).toEqual(['Syrskiy', 'Syrskii', 'Syrsky']);
    expect(familyNameVariants('Halushchenko')).toEqual(['Galushchenko']);
  });

  it('are none for a name spelled one way, or a short word', () => {
    expect(familyNameVariants('Kyrylo Budanov')).toEqual([]);
    expect(familyNameVariants('Oleksandr Tkachenko')).toEqual([]);
    expect(familyNameVariants('Hrod')).toEqual([]);
  });
});
