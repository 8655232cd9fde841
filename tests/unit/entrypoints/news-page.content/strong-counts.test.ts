import { describe, expect, it } from 'vitest';
import { StrongCounts } from '@/entrypoints/news-page.content/strong-counts';
import type { TextMatch } from '@/utils/matching/text-match';

const match = (entity: number, alternatives: number[] = []): TextMatch => ({ entity, weak: false, alternatives, startPart: 0, startOffset: 0, endPart: 0, endOffset: 0 });

describe('the strong mentions a shared name is settled by', () => {
  it('counts a name of its own, and a shared one the page spoke for', () => {
    const counts = new StrongCounts();
    counts.add({}, 1, match(1), () => 0, false, false);
    expect(counts.of(1)).toBe(1);
    // "Vucevic" after "Nikola Vucevic": the page's full name spoke for entity 2.
    const evidence = (entity: number) => (entity === 2 ? 1 : 0);
    counts.add({}, 2, match(1, [2]), evidence, false, false);
    expect(counts.of(2)).toBe(1);
  });

  it('does not count a shared name that went to its usual reading for want of evidence, unless the words after it chose it', () => {
    const counts = new StrongCounts();
    const headline = {};
    counts.add(headline, 1, match(1, [2]), () => 0, false, false);
    expect(counts.of(1)).toBe(0);
    // Removing a mention that was never counted changes nothing.
    counts.remove(headline, 1);
    expect(counts.of(1)).toBe(0);
    // "Toledo, Ohio": the state after it chose the town.
    const qualified = {};
    counts.add(qualified, 3, match(3, [4]), () => 0, true, false);
    expect(counts.of(3)).toBe(1);
    counts.remove(qualified, 3);
    expect(counts.of(3)).toBe(0);
  });

  it("does not count a person's bare surname: a full name, a place or the site is the evidence", () => {
    const counts = new StrongCounts();
    counts.add({}, 5, match(5), () => 0, false, true);
    expect(counts.of(5)).toBe(0);
  });
});
