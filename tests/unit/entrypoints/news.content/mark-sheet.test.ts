import { describe, expect, it } from 'vitest';
import { ACTIVE_HIGHLIGHT, highlightName, MARK_CSS } from '@/entrypoints/news.content/mark-sheet';
import { ENTITY_TYPES } from '@/utils/knowledge/types';

/** The rule bodies given to one highlight name, outside and inside the forced-colors block. */
const rulesFor = (name: string) => MARK_CSS.split('}').filter((rule) => rule.includes(`::highlight(${name})`));

describe("the marks' one stylesheet", () => {
  it('styles every type in each visible style under a name of its own, and nothing in the hover style', () => {
    for (const type of ENTITY_TYPES) {
      expect(rulesFor(highlightName(type, 'underline')).join()).toContain('text-decoration: underline dotted currentColor');
      expect(rulesFor(highlightName(type, 'tint')).join()).toContain('background-color: rgba(250, 204, 21, 0.28)');
      expect(rulesFor(highlightName(type, 'hover'))).toEqual([]);
    }
    expect(new Set(ENTITY_TYPES.flatMap((type) => (['underline', 'tint', 'hover'] as const).map((style) => highlightName(type, style)))).size).toBe(3 * ENTITY_TYPES.length);
  });

  it('keeps the marks visible in forced colours, and the active mention in the system highlight', () => {
    const forced = MARK_CSS.slice(MARK_CSS.indexOf('@media (forced-colors: active)'));
    expect(forced).toContain(`::highlight(${highlightName('person', 'tint')})`);
    expect(forced).toContain(`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }`);
  });
});
