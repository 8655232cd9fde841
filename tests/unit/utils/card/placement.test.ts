import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, placeCard, VIEWPORT_MARGIN_PX, isSheetViewport, placeSheet } from '@/utils/card/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 240 };
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeCard', () => {
  it('puts the card below the name, aligned with its start', async () => {
    const name = { x: 100, y: 100, width: 80, height: 20 };
    const r = await placeCard({ rects: [name], card, viewport });
    expect(r).toMatchObject({ x: 100, y: 120 + CARD_GAP_PX, placement: 'bottom-start' });
  });

  it('flips above when there is no room below', async () => {
    const name = { x: 100, y: 700, width: 80, height: 20 };
    const r = await placeCard({ rects: [name], card, viewport });
    expect(r.placement.startsWith('top')).toBe(true);
    expect(r.y + card.height).toBeLessThanOrEqual(700 - CARD_GAP_PX);
  });

  it('shifts left to stay inside the viewport, never covering the name', async () => {
    const name = { x: 900, y: 300, width: 80, height: 20 };
    const r = await placeCard({ rects: [name], card, viewport });
    expect(r.x + card.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN_PX);
    expect(overlaps({ ...r, ...card }, name)).toBe(false);
  });

  it('anchors to the line under the pointer when the name wraps onto two lines', async () => {
    const line1 = { x: 850, y: 300, width: 120, height: 20 };
    const line2 = { x: 40, y: 322, width: 60, height: 20 };
    const onSecond = await placeCard({ rects: [line1, line2], card, viewport, pointer: { x: 60, y: 330 } });
    expect(onSecond.y).toBe(342 + CARD_GAP_PX);
    expect(onSecond.x).toBe(40);
    const onFirst = await placeCard({ rects: [line1, line2], card, viewport, pointer: { x: 900, y: 310 } });
    expect(onFirst.y).toBe(320 + CARD_GAP_PX);
    for (const line of [line1, line2]) expect(overlaps({ ...onFirst, ...card }, line)).toBe(false);
  });

  it('limits the height when the viewport is too short', async () => {
    const r = await placeCard({ rects: [{ x: 10, y: 150, width: 50, height: 20 }], card: { width: 320, height: 600 }, viewport: { width: 1000, height: 400 } });
    expect(r.maxHeight).toBeLessThan(400);
  });
});

describe('bottom sheet on narrow viewports', () => {
  it('is used on phones only', () => {
    expect(isSheetViewport({ width: 390 })).toBe(true);
    expect(isSheetViewport({ width: 1200 })).toBe(false);
  });

  it('rests on the bottom edge, full width, at most 60% of the height', () => {
    expect(placeSheet({ height: 300 }, { width: 390, height: 800 })).toEqual({ x: 0, y: 500, maxHeight: 480 });
    expect(placeSheet({ height: 700 }, { width: 390, height: 800 })).toEqual({ x: 0, y: 320, maxHeight: 480 });
  });
});
