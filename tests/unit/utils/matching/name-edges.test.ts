import { describe, expect, it } from 'vitest';
import { isWholeName, wholeNameEnd } from '@/utils/matching/name-edges';

const holds = (text: string, name: string) => {
  const at = text.indexOf(name);
  return at >= 0 && isWholeName(text, at, at + name.length);
};

describe('a name as a whole word in text read as one string', () => {
  it('stands between spaces, punctuation and the ends of the text', () => {
    expect(holds('talks in Washington.', 'Washington')).toBe(true);
    expect(holds('Washington', 'Washington')).toBe(true);
    expect(holds('(Romania)', 'Romania')).toBe(true);
    expect(holds('Moldovaʼs elections', 'Moldova')).toBe(true);
  });

  it('is not part of a longer word', () => {
    expect(holds('a Nigerian court', 'Niger')).toBe(false);
    expect(holds('Atlantan voters', 'Atlanta')).toBe(false);
    expect(holds('USA today', 'US')).toBe(false);
    expect(holds('G20 talks', 'G2')).toBe(false);
  });

  it('stands where two blocks meet without a space (the case turns there)', () => {
    // <h2>…the White House</h2><p>Mohammed bin Salman…
    expect(holds('visited the White HouseMohammed bin Salman', 'White House')).toBe(true);
    // <h2>A story from</h2><p>Romania's…
    expect(holds("A story fromRomania's leaders", 'Romania')).toBe(true);
    // <h1>Vox rises to 14</h1><p>Jorge Azcón…, and <p>…said Vox</p><p>2026 budget…
    expect(holds('Vox rises to 14Jorge Azcón called elections', 'Jorge Azcón')).toBe(true);
    expect(holds('Azcón said Vox2026 budget', 'Vox')).toBe(true);
  });

  it('does not stand where the case does not turn', () => {
    expect(holds('WHITE HOUSEMAN', 'WHITE HOUSE')).toBe(false);
    expect(holds('Romaniaan', 'Romania')).toBe(false);
    expect(holds('the 4AFRICA fund', 'AFRICA')).toBe(false);
    expect(holds('UKRAINE2026', 'UKRAINE')).toBe(false);
  });
});

describe('a name ends with its last dot or bracket', () => {
  const end = (text: string, name: string) => {
    const start = text.indexOf(name);
    return text.slice(start, wholeNameEnd(text, start, start + name.length));
  };
  it.each([
    ['the U.S. military', 'U.S', 'U.S.'],
    ['troops left the U.K.', 'U.K', 'U.K.'],
    ['in the U.S.-Ukraine talks', 'U.S', 'U.S.'],
    ['Washington, D.C. police', 'Washington, D.C', 'Washington, D.C.'],
    ['Nitish Kumar\'s JD(U) won', 'JD(U', 'JD(U)'],
    ['the LJP(RV).', 'LJP(RV', 'LJP(RV)'],
  ])('%s: %s → %s', (text, name, marked) => expect(end(text, name)).toBe(marked));
  it.each([
    ['He flew to Kyiv.', 'Kyiv'],
    ['It joined NATO.', 'NATO'],
    ['the US. Then', 'US'],
    ['Plan B. Then', 'Plan B'],
    ['(talks with NATO) began', 'NATO'],
    ['the JD(U) and (BJP) met', 'BJP'],
  ])('%s: %s keeps its end', (text, name) => expect(end(text, name)).toBe(name));
});

