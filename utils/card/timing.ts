/**
 * Hover-card timings, in one place with the reason for each (as Wikipedia's Page Previews keeps them).
 */

/** Pointer rest before a card opens: long enough that sweeping across a paragraph opens nothing. The reader can change it. */
export const DWELL_DELAY_MS = 250;

/** Time to travel from the name to the card (or back) before it closes: covers a diagonal move across the gap. */
export const GRACE_PERIOD_MS = 300;

/** How long a mention chosen from "On this page" flashes, so the eye finds it after the scroll. */
export const FLASH_DURATION_MS = 1200;

/** Batches of page changes are scanned at most this long after they happen (the live-page promise is 500 ms). */
export const LIVE_SCAN_MAX_DELAY_MS = 200;

/** A first scan works in slices this long, so no task comes near the 50 ms long-task line. */
export const SCAN_SLICE_MS = 8;

/** More added nodes than this in one batch and a full rescan is cheaper than one per node. */
export const HUGE_BATCH_NODES = 1000;

/** Mouse events this soon after a touch press are the browser's made-up ones for that tap (they follow within a frame or two; 800 ms covers slow phones). */
export const TOUCH_COMPAT_MOUSE_MS = 800;
