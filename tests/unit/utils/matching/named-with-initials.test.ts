import { describe, expect, it } from 'vitest';
import { dictionary } from './helpers';

describe('a weak name settled by the initials after it', () => {
  const find = dictionary({
    'National Liberal Party (Romania)': ['~National Liberal Party', 'PNL'],
    'Social Democratic Party (Romania)': ['~Social Democratic Party', '~PSD'],
    'Social Democratic Party (Portugal)': ['~Social Democratic Party', '~PSD'],
    'Social Democratic Party of Germany': ['~Social Democratic Party', 'SPD'],
  });

  it('marks "the National Liberal Party (PNL)" as the party those initials name', () => {
    expect(find('Bolojan, acting president of the National Liberal Party (PNL), said')).toEqual([
      ['National Liberal Party (Romania)', 'National Liberal Party'],
      ['National Liberal Party (Romania)', 'PNL'],
    ]);
  });

  it('picks among the parties that share a name the one whose initials follow', () => {
    expect(find('the Social Democratic Party (SPD) governs')[0]).toEqual(['Social Democratic Party of Germany', 'Social Democratic Party']);
    expect(find('the Social Democratic Party(SPD)')[0]).toEqual(['Social Democratic Party of Germany', 'Social Democratic Party']);
  });

  it('leaves the name weak when the initials fit several candidates, none, or are no initials', () => {
    for (const text of [
      'the Social Democratic Party (PSD) resigned',
      'the National Liberal Party (in Romanian) met',
      'the National Liberal Party (Pnl) met',
      'the National Liberal Party met (PNL)',
      'the National Liberal Party said',
    ]) {
      expect(find(text)[0], text).toContain('weak');
    }
  });

  it('drops the name when the initials after it are another body\'s ("Socialists (S&D)" is a group, not a party)', () => {
    expect(find('the National Liberal Party (NATO) met')).toEqual([]);
    // A news agency's initials after a dateline say nothing of the name before them.
    expect(find('National Liberal Party (AP) — The party met.')[0]).toEqual(['National Liberal Party (Romania)', 'National Liberal Party', 'weak']);
    const groups = dictionary({ 'Socialist Party (Belgium)': ['~Socialists'], 'Progressive Alliance of Socialists and Democrats': ['S&D'] });
    expect(groups('formed by the Populars (EPP), Socialists (S&D), Liberals (Re)')).toEqual([['Progressive Alliance of Socialists and Democrats', 'S&D']]);
  });
});
