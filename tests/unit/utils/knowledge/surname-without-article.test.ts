import { describe, expect, it } from 'vitest';
import { surnameWithoutArticle } from '@/utils/knowledge/surname-without-article';

describe('a family name without the Arabic article', () => {
  it('takes the article off the last name, in any case', () => {
    expect(surnameWithoutArticle('Abdel Fattah al-Burhan')).toBe('Burhan');
    expect(surnameWithoutArticle('al-Sharaa')).toBe('Sharaa');
    expect(surnameWithoutArticle('Mohammed Al-Jadaan')).toBe('Jadaan');
    expect(surnameWithoutArticle('Abdel Fattah El-Sisi')).toBe('Sisi');
  });

  it('finds none where the last name has no article, or the article stands alone or mid-name', () => {
    expect(surnameWithoutArticle('Alain Dupont')).toBeNull();
    expect(surnameWithoutArticle('Rashad Al Alimi')).toBeNull();
    expect(surnameWithoutArticle('Izz al-Din Haddad')).toBeNull();
    expect(surnameWithoutArticle('Kamala-Harris')).toBeNull();
    expect(surnameWithoutArticle('Abu Mohammed al-julani')).toBeNull();
  });
});
