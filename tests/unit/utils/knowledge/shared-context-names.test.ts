import { describe, expect, it } from 'vitest';
import { contextNamesOf, shareContextNames } from '@/utils/knowledge/shared-context-names';

const contexts = {
  'labour-party-uk': ['United Kingdom', 'UK', 'London', 'Keir Starmer'],
  'house-of-commons': ['United Kingdom', 'UK', 'London', 'Lindsay Hoyle'],
  'us-senate': ['United States', 'US', 'Washington', 'John Thune', 'UK'],
};

describe('contexts as pages ship them', () => {
  it('writes each name two or more contexts hold once, the most shared first, and keeps the others inline', () => {
    const { contexts: shipped, names } = shareContextNames(contexts);
    expect(names).toEqual(['UK', 'London', 'United Kingdom']);
    expect(shipped['labour-party-uk']).toEqual([2, 0, 1, 'Keir Starmer']);
    expect(shipped['us-senate']).toEqual(['United States', 'US', 'Washington', 'John Thune', 0]);
  });

  it('reads every context back as it was', () => {
    const { contexts: shipped, names } = shareContextNames(contexts);
    for (const [id, list] of Object.entries(contexts)) expect(contextNamesOf(shipped[id], names)).toEqual(list);
  });

  it('is shorter as JSON than the contexts it packs', () => {
    const { contexts: shipped, names } = shareContextNames(contexts);
    expect(JSON.stringify(shipped).length + JSON.stringify(names).length).toBeLessThan(JSON.stringify(contexts).length);
  });
});
