import type { TestPage } from './browsers';

export interface CardSnapshot {
  open: boolean;
  role: string | null;
  modal: string | null;
  /** The dialog's accessible name, from the element its aria-labelledby points at. */
  name: string | null;
  entity: string | null;
  facts: number;
  text: string;
  focused: boolean;
  rect: { x: number; y: number; width: number; height: number } | null;
  theme: { background: string; color: string } | null;
}

/** What the card shows right now, read through its open shadow root. */
export function readCard(page: TestPage): Promise<CardSnapshot> {
  return page.evaluate(() => {
    const host = document.querySelector('news-context-card');
    const card = host?.shadowRoot?.querySelector('[data-testid="card"]') as HTMLElement | null | undefined;
    if (!host || !card) return { open: false, role: null, modal: null, name: null, entity: null, facts: 0, text: '', focused: false, rect: null, theme: null };
    const labelId = card.getAttribute('aria-labelledby');
    const label = labelId ? host.shadowRoot!.getElementById(labelId) : null;
    const r = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      open: r.width > 0 && r.height > 0,
      role: card.getAttribute('role'),
      modal: card.getAttribute('aria-modal'),
      name: label?.textContent ?? null,
      entity: card.getAttribute('data-entity'),
      facts: card.querySelectorAll('[data-testid="card-fact"]').length,
      text: card.textContent ?? '',
      focused: host.shadowRoot!.activeElement !== null,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      theme: { background: style.backgroundColor, color: style.color },
    };
  });
}

/** Scrolls the n-th occurrence of `text` (in readable page text) into view and returns its centre. */
export function locateText(page: TestPage, text: string, occurrence = 0, within = 'body'): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ text, occurrence, within }) => {
      const scope = document.querySelector(within) ?? document.body;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      let seen = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        let index = node.data.indexOf(text);
        while (index >= 0) {
          if (seen++ === occurrence) {
            node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
            // `new Range()`, not document.createRange: hostile fixtures replace the latter.
            const range = new Range();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            const rect = range.getClientRects()[0];
            return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
          index = node.data.indexOf(text, index + 1);
        }
      }
      return null;
    },
    { text, occurrence, within },
  );
}

/** Centre of an element's box (for form fields, whose text is not in the DOM's text nodes). */
export function locateElement(page: TestPage, selector: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
}

/** How many ranges each of the extension's highlights holds. */
export function highlightSizes(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return out;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('news-context-')) out[name] = highlight.size;
    });
    return out;
  });
}

/**
 * Loads `early-sheet.html` (at `url`), waits for its marks, and returns the stylesheets its
 * first script saw while the document was being parsed (as CSS text, one entry per sheet).
 */
export async function sheetsAtParse(page: TestPage, url: string, timeoutMs?: number): Promise<string[]> {
  await page.goto(url);
  await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 2, timeoutMs);
  return page.evaluate(() => (window as unknown as { __sheetsAtParse: string[] }).__sheetsAtParse);
}

export const totalMarks = (sizes: Record<string, number>) =>
  Object.entries(sizes).filter(([name]) => name !== 'news-context-active').reduce((sum, [, n]) => sum + n, 0);

/** Polls until `check` passes or `timeoutMs` ends; returns the last value either way. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 4000, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, stepMs));
    value = await read();
  }
  return value;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the pointer onto a piece of text and waits for the card of `expected` (or for none). */
export async function hoverText(page: TestPage, text: string, occurrence = 0, within?: string) {
  const point = await locateText(page, text, occurrence, within);
  if (!point) throw new Error(`"${text}" (#${occurrence}) is not on the page`);
  await page.mouseMove(Math.max(1, point.x - 40), Math.max(1, point.y - 200));
  await page.mouseMove(point.x, point.y);
  return point;
}

/** The open card's frame line and facts, each with the time it holds relative to that frame. */
export function readCardFrame(page: TestPage): Promise<{ frame: string; facts: { time: string; text: string }[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('news-context-card')?.shadowRoot;
    const facts = [...(root?.querySelectorAll('[data-testid="card-fact"]') ?? [])] as HTMLElement[];
    return {
      frame: root?.querySelector('[data-testid="card-frame"]')?.textContent ?? '',
      facts: facts.map((f) => ({ time: f.dataset.time ?? '', text: f.querySelector('dd')?.textContent ?? '' })),
    };
  });
}
