import { expect } from 'vitest';
import type { TestPage } from './browsers';
import { hoverText, readCard, sleep, waitFor } from './page-helpers';

/** Rests on each name in turn (the card closed between) and expects the entity its card opens for. */
export async function expectCards(page: TestPage, cases: readonly (readonly [text: string, entity: string])[]): Promise<void> {
  for (const [text, entity] of cases) {
    await page.mouseMove(5, 5);
    await page.press('Escape');
    await sleep(200);
    await hoverText(page, text, 0, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open, 3000)).entity, text).toBe(entity);
  }
}
