import { describe, expect, it } from 'vitest';
import { isDefinedBefore } from '@/utils/matching/acronym-definition';
import { dictionary } from './helpers';

const at = (text: string, acronym: string) => isDefinedBefore(text, text.indexOf(`(${acronym})`) + 1, acronym);

describe('initials defined in parentheses', () => {
  it.each([
    ['the Estonian Defence Forces (EDF) said', 'EDF'],
    ['the Bank of England (BOE) and', 'BOE'],
    ['the Alliance for the Future of Kosovo (AFK)', 'AFK'],
    ['led by Hayat Tahrir al-Sham (HTS) forces', 'HTS'],
    ['the Islamic Revolutionary Guard Corps(IRGC)', 'IRGC'],
  ])('%s: defined by the name before', (text, acronym) => expect(at(text, acronym)).toBe(true));

  it.each([
    ['shares in the French utility (EDF) rose', 'EDF'],
    ['the company (EDF) said', 'EDF'],
    ['reported by Reuters (EDF)', 'EDF'],
    ['EDF said', 'EDF'],
  ])('%s: not a definition', (text, acronym) => expect(isDefinedBefore(text, text.indexOf(acronym), acronym)).toBe(false));
});

describe('matching initials defined on the page', () => {
  const find = dictionary({ EDF: ['Électricité de France'], 'International Atomic Energy Agency': ['IAEA'], NATO: [] });

  it('marks initials a page defines as another name nowhere: "Estonian Defence Forces (EDF)" is not the power company', () => {
    expect(find('The Estonian Defence Forces (EDF) said on Monday, EDF reported.')).toEqual([['EDF', 'EDF']]);
  });

  it('marks initials defined by the entity\'s own name, and initials with no name before them', () => {
    expect(find('the International Atomic Energy Agency (IAEA) and NATO (NATO) staff')).toEqual([
      ['International Atomic Energy Agency', 'International Atomic Energy Agency'],
      ['International Atomic Energy Agency', 'IAEA'],
      ['NATO', 'NATO'],
      ['NATO', 'NATO'],
    ]);
  });
});
