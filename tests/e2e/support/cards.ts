import { expect } from 'vitest';
import type { TestPage } from './browsers';
import { hoverText, readCard, sleep, waitFor } from './page-helpers';

/**
 * Rests on each name in turn (the card closed between) and expects the entity its card opens
 * for; `occurrence` picks the name's nth appearance in the article (the first by default).
 */
export async function expectCards(page: TestPage, cases: readonly (readonly [text: string, entity: string, occurrence?: number])[]): Promise<void> {
  for (const [text, entity, occurrence = 0] of cases) {
    await page.mouseMove(5, 5);
    await page.press('Escape');
    await sleep(200);
    await hoverText(page, text, occurrence, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open, 3000)).entity, `${text} #${occurrence}`).toBe(entity);
  }
}
