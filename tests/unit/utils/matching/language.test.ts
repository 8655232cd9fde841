import { describe, expect, it } from 'vitest';
import { declaresOtherScript, latinShare, mayHaveNames } from '@/utils/matching/language';

describe('the language check before a scan', () => {
  it.each([
    ['en', 'Viktor Orbán wrote to the European Council.', true],
    ['fr-FR', 'Le président Macron a reçu Volodymyr Zelensky à Paris.', true],
    ['es', 'Pedro Sánchez habló con Ursula von der Leyen.', true],
    ['zh-CN', 'Viktor Orbán', false],
    ['uk', 'Орбан написав листа', false],
    ['ru', 'Путин', false],
    ['', '乌克兰总统泽连斯基周二表示，Zelensky 他将前往布鲁塞尔。欧洲理事会', false],
    [null, 'Зеленський заявив, що Україна готова до переговорів у Стамбулі.', false],
    [null, 'The Kremlin said on Tuesday that talks would resume.', true],
    ['en', '', true],
  ])('lang %s, text %s → %s', (lang, text, expected) => expect(mayHaveNames(lang, text)).toBe(expected));

  it.each([
    ['zh-CN', true],
    ['UK', true],
    ['ar_EG', true],
    ['en-GB', false],
    ['fr', false],
    ['', false],
    [null, false],
  ])('decides from the declared language alone, before the page is parsed: %s → %s', (lang, expected) => expect(declaresOtherScript(lang)).toBe(expected));

  it('counts letters, not digits or punctuation', () => {
    expect(latinShare('2025 — «»')).toBe(1);
    expect(latinShare('abc где')).toBe(0.5);
  });
});
