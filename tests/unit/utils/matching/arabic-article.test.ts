import { describe, expect, it } from 'vitest';
import { CaseRule, prepareAlias } from '@/utils/matching/alias-index';
import { eachMatch } from '@/utils/matching/match';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { readFilter, writeFilter } from '@/utils/matching/remote-filter';
import { entity, matcherFor } from './knowledge-matcher';

describe('a name that starts with the Arabic article', () => {
  it('lets the article match in lower case, in a name of several words only', () => {
    expect(prepareAlias('El Fasher', 0, 0, 0)!.cases).toEqual([CaseRule.Any, CaseRule.Capital]);
    expect(prepareAlias('Al Jazeera', 0, 0, 0)!.cases).toEqual([CaseRule.Any, CaseRule.Capital]);
    expect(prepareAlias('Elbe', 0, 0, 0)!.cases).toEqual([CaseRule.Capital]);
    expect(prepareAlias('El', 0, 0, 0)!.cases).toEqual([CaseRule.Capital]);
  });

  it('finds the name written as AP writes it, and only the name', () => {
    const find = matcherFor([entity('place', 'El Fasher', ['Al-Fashir']), entity('organization', 'Al Jazeera')]);
    expect(find('The RSF captured el-Fasher on Sunday.')).toEqual([['El Fasher', 'el-Fasher']]);
    expect(find('Fighting near al-Fashir and El Fasher.')).toEqual([
      ['El Fasher', 'al-Fashir'],
      ['El Fasher', 'El Fasher'],
    ]);
    expect(find('He told al Jazeera that the fasher had gone.')).toEqual([['Al Jazeera', 'al Jazeera']]);
    // The rest of the name keeps its capitals.
    expect(find('el fasher')).toEqual([]);
  });

  it("asks the background for a lower-case article when one of its names starts with it", () => {
    const asked: string[] = [];
    const text = 'Aid reached el-Fasher and el centro.';
    const index = indexPacked(packIndex([['Kyiv', 0, 0]]), [], readFilter(writeFilter(packIndex([['El Fasher', 0, 0]]).hashes)));
    eachMatch([text], index, 1, () => undefined, (_hash, part) => void asked.push(String(part)));
    expect(asked).toHaveLength(2);
    const none = indexPacked(packIndex([['Kyiv', 0, 0]]), [], readFilter(writeFilter(packIndex([['Khartoum', 0, 0]]).hashes)));
    eachMatch([text], none, 1, () => undefined, () => void asked.push('again'));
    expect(asked).toHaveLength(2);
  });
});
