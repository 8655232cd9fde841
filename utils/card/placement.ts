import { computePosition, flip, inline, offset, shift, size, type Placement, type Platform, type Rect } from '@floating-ui/core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacementInput {
  /** The mention's client rects: one per line when the name wraps. */
  rects: Box[];
  /** Where the pointer is, to pick the line of a wrapped name the reader is on. */
  pointer?: { x: number; y: number };
  card: { width: number; height: number };
  viewport: { width: number; height: number };
}

export interface PlacementResult {
  x: number;
  y: number;
  placement: Placement;
  /** Height left for the card when the viewport is too short for all of it. */
  maxHeight: number;
}

/** Space between the name and the card. */
export const CARD_GAP_PX = 8;
/** Distance kept from the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;

/** Viewports narrower than this (phones) get the card as a bottom sheet: a 320 px card beside a name leaves no room to read either. */
export const SHEET_BELOW_WIDTH_PX = 560;
/** The sheet covers at most this share of the viewport, so the sentence with the name stays in view above it. */
export const SHEET_MAX_HEIGHT_SHARE = 0.6;

export const isSheetViewport = (viewport: { width: number }): boolean => viewport.width < SHEET_BELOW_WIDTH_PX;

/**
 * The bottom sheet: full width, resting on the viewport's bottom edge, its height capped so
 * the name stays visible above it.
 */
export function placeSheet(card: { height: number }, viewport: { width: number; height: number }): { x: number; y: number; maxHeight: number } {
  const maxHeight = Math.floor(viewport.height * SHEET_MAX_HEIGHT_SHARE);
  return { x: 0, y: Math.round(viewport.height - Math.min(card.height, maxHeight)), maxHeight };
}

function union(rects: Box[]): Box {
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const toClientRect = (r: Box) => ({ ...r, top: r.y, left: r.x, right: r.x + r.width, bottom: r.y + r.height });

/**
 * Where the card goes: below the name (above when there is no room), shifted to stay in the
 * viewport, never over the name. Pure: Floating UI's core runs on a platform made of plain
 * rectangles, so the maths is tested without a browser.
 */
export async function placeCard(input: PlacementInput): Promise<PlacementResult> {
  const viewport: Rect = { x: 0, y: 0, width: input.viewport.width, height: input.viewport.height };
  let maxHeight = input.card.height;
  const reference = { getBoundingClientRect: () => toClientRect(union(input.rects)), getClientRects: () => input.rects.map(toClientRect) };
  const platform: Platform = {
    getElementRects: ({ reference: ref }) => {
      const box = (ref as typeof reference).getBoundingClientRect();
      return { reference: { x: box.x, y: box.y, width: box.width, height: box.height }, floating: { x: 0, y: 0, ...input.card } };
    },
    getClippingRect: () => viewport,
    getDimensions: () => input.card,
    getClientRects: (ref) => (ref as typeof reference).getClientRects(),
  };
  const result = await computePosition(reference, {}, {
    platform,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(input.pointer ? { x: input.pointer.x, y: input.pointer.y } : undefined),
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_MARGIN_PX, fallbackPlacements: ['top-start', 'bottom-end', 'top-end', 'right', 'left'] }),
      shift({ padding: VIEWPORT_MARGIN_PX, crossAxis: false }),
      size({
        padding: VIEWPORT_MARGIN_PX,
        apply: ({ availableHeight }) => {
          maxHeight = Math.max(120, Math.floor(availableHeight));
        },
      }),
    ],
  });
  return { x: Math.round(result.x), y: Math.round(result.y), placement: result.placement, maxHeight };
}
