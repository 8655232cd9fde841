import { describe, expect, it } from 'vitest';
import { capitalInitials, definedAfterKey, definingInitials, definingKey, definitionKey } from '@/utils/matching/acronym-definition';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { eachMatch, findMatches, type TextMatch } from '@/utils/matching/match';
import { createPageMemory, forgetPage } from '@/utils/matching/page-memory';
import { dictionary } from './helpers';

const at = (text: string, acronym: string) => definingInitials(text, text.indexOf(`(${acronym})`) + 1, acronym);

describe('initials defined in parentheses', () => {
  it.each([
    ['the Estonian Defence Forces (EDF) said', 'EDF', 'EDF'],
    ['the Bank of England (BOE) and', 'BOE', 'BE'],
    ['the Alliance for the Future of Kosovo (AFK)', 'AFK', 'AFK'],
    ['led by Hayat Tahrir al-Sham (HTS) forces', 'HTS', 'HTS'],
    ['the Islamic Revolutionary Guard Corps(IRGC)', 'IRGC', 'IRGC'],
    ['the Organisation for Security and Co-operation in Europe (OSCE)', 'OSCE', 'OSCE'],
  ])('%s: defined by the name before', (text, acronym, initials) => expect(at(text, acronym)).toBe(initials));

  it.each([
    ['shares in the French utility (EDF) rose', 'EDF'],
    ['the company (EDF) said', 'EDF'],
    ['reported by Reuters (EDF)', 'EDF'],
    ['EDF said', 'EDF'],
  ])('%s: not a definition', (text, acronym) => expect(definingInitials(text, text.indexOf(acronym), acronym)).toBeNull());

  it.each([
    ['the forthcoming PAS (Planning Advisory Service) review', 'PAS', definitionKey('Planning Advisory Service')],
    ['the PAS (Party of Action and Solidarity) won', 'PAS', definitionKey('Party of Action and Solidarity')],
    ['the EDF ( Estonian Defence Forces ) said', 'EDF', definitionKey('Estonian Defence Forces')],
  ])('%s: defined by the name after', (text, acronym, key) => expect(definedAfterKey(text, text.indexOf(acronym) + acronym.length, acronym)).toBe(key));

  it.each([
    ['PAS (the council\'s advisers) said', 'PAS'],
    ['PAS (Moldova) won', 'PAS'],
    ['EDF (Paris) shares', 'EDF'],
    ['PAS, (Planning Advisory Service)', 'PAS'],
    ['PAS (Planning Advisory Service', 'PAS'],
  ])('%s: no name after', (text, acronym) => expect(definedAfterKey(text, text.indexOf(acronym) + acronym.length, acronym)).toBeNull());

  it('reads a name\'s capital initials, a qualifier in parentheses left out', () => {
    expect(capitalInitials('Organization for Security and Co-operation in Europe')).toBe('OSCE');
    expect(capitalInitials('Électricité de France')).toBe('ÉF');
    expect(capitalInitials('Democratic Party (Italy)')).toBe('DP');
  });

  it('compares a definition with a name by initials and the first word\'s start', () => {
    const defined = (text: string, acronym: string) => definingKey(text, text.indexOf(`(${acronym})`) + 1, acronym);
    expect(defined('the Organisation for Security and Co-operation in Europe (OSCE)', 'OSCE')).toBe(definitionKey('Organization for Security and Co-operation in Europe'));
    expect(defined('led by Hayat Tahrir al-Sham (HTS) forces', 'HTS')).toBe(definitionKey('Hayat Tahrir al-Sham'));
    expect(defined('Iran’s Islamic Revolutionary Guard Corps (IRGC)', 'IRGC')).toBe(definitionKey('Islamic Revolutionary Guard Corps'));
    expect(defined('Case Fatality Rate (CFR): 67%', 'CFR')).not.toBe(definitionKey('Council on Foreign Relations'));
  });

  it("reads a name in English before its own language's initials, in another order, as their definition", () => {
    const defined = (text: string, acronym: string) => definingKey(text, text.indexOf(`(${acronym})`) + 1, acronym);
    // Chile's Unión Demócrata Independiente, not France's Union of Democrats and Independents.
    expect(defined('the right-wing Independent Democratic Union (UDI) party', 'UDI')).toBe(definitionKey('Independent Democratic Union'));
    expect(defined('the right-wing Independent Democratic Union (UDI) party', 'UDI')).not.toBe(definitionKey('Union of Democrats and Independents'));
    // The same initials and first word: the second word tells them apart.
    expect(defined('Pakistan created the Federal Constitutional Court (FCC) this week', 'FCC')).toBe(definitionKey('Federal Constitutional Court'));
    expect(defined('Pakistan created the Federal Constitutional Court (FCC) this week', 'FCC')).not.toBe(definitionKey('Federal Communications Commission'));
    expect(defined('Marine Le Pen’s National Rally (RN)', 'RN')).toBe(definitionKey('National Rally'));
    // Other letters, or another number of words, define nothing.
    expect(defined('the Federal Security Service (FSB)', 'FSB')).toBeNull();
    expect(defined('Alternative for Germany (AfD)', 'AfD')).toBeNull();
  });
});

describe('matching initials defined on the page', () => {
  const find = dictionary({ EDF: ['Électricité de France'], 'International Atomic Energy Agency': ['IAEA'], NATO: [] });

  it('marks initials a page defines as another name nowhere: "Estonian Defence Forces (EDF)" is not the power company', () => {
    expect(find('The Estonian Defence Forces (EDF) said on Monday, EDF reported.')).toEqual([['EDF', 'EDF']]);
  });

  it("marks initials defined by the entity's own name, and initials with no name before them", () => {
    expect(find('the International Atomic Energy Agency (IAEA) and NATO (NATO) staff')).toEqual([
      ['International Atomic Energy Agency', 'International Atomic Energy Agency'],
      ['International Atomic Energy Agency', 'IAEA'],
      ['NATO', 'NATO'],
      ['NATO', 'NATO'],
    ]);
  });

  it('drops initials a page defines as a name with the same initials but another first word: a "Case Fatality Rate (CFR)" is no council', () => {
    const names = ['Council on Foreign Relations'];
    const index = buildAliasIndex([['CFR', 0, 0]]);
    index.definitionKeyOf = (entity) => definitionKey(names[entity]);
    const text = 'Case Fatality Rate (CFR): about 67%. The CFR said';
    expect(findMatches([text], index).map((m) => m.startOffset)).toEqual([text.lastIndexOf('CFR')]);
  });

  it('drops initials a page defines as a thing in lower case: an "internal combustion engine (ICE)" is no agency', () => {
    const names = ['Immigration and Customs Enforcement'];
    const index = buildAliasIndex([['ICE', 0, 0]]);
    index.definitionKeyOf = (entity) => definitionKey(names[entity]);
    const spans = (text: string) => findMatches([text], index).map((m) => text.slice(m.startOffset, m.endOffset));
    expect(spans('cars with an internal combustion engine (ICE) will be banned')).toEqual([]);
    // Lower-case words that spell other letters define nothing; the agency defined by its name is the agency.
    expect(spans('raids by federal agents (ICE) and Immigration and Customs Enforcement (ICE)')).toEqual(['ICE', 'ICE']);
  });

  it('drops initials followed by another name that spells them, keeps those followed by their own', () => {
    const names = ['Party of Action and Solidarity'];
    const index = buildAliasIndex([['PAS', 0, 0]]);
    index.definitionKeyOf = (entity) => definitionKey(names[entity]);
    const spans = (text: string) => findMatches([text], index).map((m) => text.slice(m.startOffset, m.endOffset));
    expect(spans('during the forthcoming PAS (Planning Advisory Service) review')).toEqual([]);
    expect(spans('Moldova’s PAS (Party of Action and Solidarity) won')).toEqual(['PAS']);
    expect(spans('Moldova’s PAS (in power since 2021) won')).toEqual(['PAS']);
  });

  it("keeps initials defined by the entity's name written another way, where the index knows the entity's name", () => {
    const names = ['Organization for Security and Co-operation in Europe'];
    const index = buildAliasIndex([['OSCE', 0, 0]]);
    index.definitionKeyOf = (entity) => definitionKey(names[entity]);
    const text = 'the Organisation for Security and Cooperation in Europe (OSCE) met';
    expect(findMatches([text], index).map((m) => text.slice(m.startOffset, m.endOffset))).toEqual(['OSCE']);
    index.definitionKeyOf = () => 'EF ele';
    expect(findMatches([text], index)).toEqual([]);
  });
});

/** An index of these aliases whose entities are `names` (for their definition keys). */
function indexOf(names: string[], aliases: Parameters<typeof buildAliasIndex>[0]) {
  const index = buildAliasIndex(aliases);
  index.definitionKeyOf = (entity) => definitionKey(names[entity]);
  return index;
}

/** Reads blocks in turn with one page's memory: "entity:text" of each match, with `more` of it. */
const pageReader =
  (index: ReturnType<typeof buildAliasIndex>, memory = createPageMemory(), more: (m: TextMatch) => string = () => '') =>
  (...blocks: string[]) => {
    const found: string[] = [];
    for (const block of blocks) eachMatch([block], index, 1, (m) => void found.push(`${m.entity}:${block.slice(m.startOffset, m.endOffset)}${more(m)}`), undefined, undefined, memory);
    return found;
  };

describe('initials a page defined, in its later blocks (PageMemory.definedInitials)', () => {
  const index = indexOf(['Economic Freedom Fighters', 'Rapid Support Forces'], [
    ['EFF', 0, 0],
    ['RSF', 1, 0],
    ['Rapid Support Forces', 1, 0],
  ]);
  const page = (memory = createPageMemory()) => pageReader(index, memory);

  it('drops initials the page gave another name earlier: "the EFF" after "Extended Fund Facility (EFF)" is no party', () => {
    const read = page();
    expect(read('tranches under a 37-month Extended Fund Facility (EFF) and a Resilience and Sustainability Facility (RSF).', 'the second review of the EFF and the first review of RSF')).toEqual([]);
  });

  it('keeps initials the page gave the entity: "RSF" after "Rapid Support Forces (RSF)" and after the RSF (Rapid Support Forces)', () => {
    expect(page()('Fighting between the army and the Rapid Support Forces (RSF) spread.', 'The RSF denied it.')).toEqual(['1:Rapid Support Forces', '1:RSF', '1:RSF']);
    expect(page()('the RSF (Rapid Support Forces) said', 'RSF fighters')).toEqual(['1:RSF', '1:Rapid Support Forces', '1:RSF']);
  });

  it('takes the entity of the same initials that the page defined, and only it: "CPC" of the pipeline consortium, not of China\'s party', () => {
    const cpc = indexOf(['Communist Party of China', 'Caspian Pipeline Consortium'], [
      ['CPC', 0, 0],
      ['CPC', 1, 0],
      ['Caspian Pipeline Consortium', 1, 0],
    ]);
    const read = pageReader(cpc, createPageMemory(), (m) => `:${m.alternatives.join('|')}:${m.weak}`);
    expect(read('The CPC met.')).toEqual(['0:CPC:1:false']);
    expect(read('a strike on the Caspian Pipeline Consortium’s (CPC) terminal')).toEqual(['1:Caspian Pipeline Consortium::false', '1:CPC::false']);
    expect(read('CPC halted loadings.')).toEqual(['1:CPC::false']);
  });

  it('gives initials right after a shared name that name\'s entities, for the page to choose among: "CNE" after "National Electoral Council"', () => {
    // Ecuador's, Honduras's and Venezuela's councils: one name, one key, the same initials.
    const cne = indexOf(['National Electoral Council', 'National Electoral Council', 'National Electoral Council', 'Cuba'], [
      ['CNE', 0, 0],
      ['CNE', 1, 0],
      ['CNE', 2, 0],
      ['National Electoral Council', 0, 0],
      ['National Electoral Council', 1, 0],
      ['National Electoral Council', 2, 0],
    ]);
    const read = pageReader(cne, createPageMemory(), (m) => `:${m.alternatives.join('|')}:${m.weak}`);
    const [name, initials] = read('figures from the National Electoral Council (CNE) showed');
    expect(initials).toBe(name.replace('National Electoral Council', 'CNE'));
    expect(initials.split(':')[2].split('|').length).toBe(2);
    // Later, alone, the same three: the page's context (Honduras) settles them as it settled the name.
    expect(read('The CNE has until Dec. 30.')).toEqual([initials]);
  });

  it('keeps every entity whose name the definition spells, for the page to choose: "Social Democratic Party\'s (PSD)" is Romania\'s or Portugal\'s', () => {
    const psd = indexOf(['Social Democratic Party (Portugal)', 'Social Democratic Party (Romania)', 'Party of Social Democrats'], [
      ['PSD', 0, 0],
      ['PSD', 1, 0],
      ['PSD', 2, 0],
    ]);
    const read = pageReader(psd, createPageMemory(), (m) => `:${m.alternatives.join('|')}:${m.weak}`);
    // The possessive stands between the name and its initials: the key, not the name just matched, says whose.
    expect(read('following the Social Democratic Party’s (PSD) decision')).toEqual(['0:PSD:1:false']);
    expect(read('PSD ministers resigned.')).toEqual(['0:PSD:1:false']);
  });

  it('gives initials that spell the name before them every entity of that name, even one not known by them: "the Central Election Commission (CEC)" on Kosovo', () => {
    // Only Ukraine's commission is known as the CEC; Kosovo's shares its name.
    const cec = indexOf(['Central Election Commission', 'Central Election Commission'], [
      ['CEC', 0, 0],
      ['Central Election Commission', 0, 0],
      ['Central Election Commission', 1, 0],
    ]);
    const read = pageReader(cec, createPageMemory(), (m) => `:${m.alternatives.join('|')}:${m.weak}`);
    expect(read('The Central Election Commission (CEC) said', 'the CEC added.')).toEqual(['0:Central Election Commission:1:false', '0:CEC:1:false', '0:CEC:1:false']);
  });

  it('gives initials that spell only the end of the name before them to the body they spell: "the 14th National Congress of the Communist Party of Vietnam (CPV)"', () => {
    const cpv = indexOf(['Communist Party of Vietnam', '14th National Congress of the Communist Party of Vietnam'], [
      ['CPV', 0, 0],
      ['Communist Party of Vietnam', 0, 0],
      ['14th National Congress of the Communist Party of Vietnam', 1, 0],
    ]);
    const read = pageReader(cpv, createPageMemory(), (m) => `:${m.alternatives.join('|')}:${m.weak}`);
    expect(read('The 14th National Congress of the Communist Party of Vietnam (CPV) ended', 'the CPV said.')).toEqual([
      '1:14th National Congress of the Communist Party of Vietnam::false',
      '0:CPV::false',
      '0:CPV::false',
    ]);
  });

  it('narrows initials after a name to the entities both share: "EDF" after "Estonian Defence Forces" is not the utility', () => {
    const edf = indexOf(['Électricité de France', 'Estonian Defence Forces'], [
      ['EDF', 0, 0],
      ['EDF', 1, 0],
      ['Estonian Defence Forces', 1, 0],
    ]);
    const read = pageReader(edf, createPageMemory(), (m) => `:${m.alternatives.join('|')}:${m.weak}`);
    expect(read('the Estonian Defence Forces (EDF) said', 'EDF troops')).toEqual(['1:Estonian Defence Forces::false', '1:EDF::false', '1:EDF::false']);
  });

  it('reads initials as before on a page that defined them nowhere, and forgets the definitions for a new page', () => {
    const memory = createPageMemory();
    expect(page(memory)('The EFF walked out of parliament.')).toEqual(['0:EFF']);
    page(memory)('a loan under the Extended Fund Facility (EFF)');
    expect(page(memory)('The EFF tranche')).toEqual([]);
    forgetPage(memory);
    expect(page(memory)('The EFF walked out.')).toEqual(['0:EFF']);
  });
});
