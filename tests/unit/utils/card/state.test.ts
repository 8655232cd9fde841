import { describe, expect, it } from 'vitest';
import { cardReducer, INITIAL_CARD_STATE, type CardAction, type CardState } from '@/utils/card/state';

const run = (...actions: CardAction[]) => actions.reduce(cardReducer, INITIAL_CARD_STATE);
const dwellDone = (s: CardState) => cardReducer(s, { type: 'DWELL_ELAPSED', token: s.token });

describe('card state machine', () => {
  it('dwells on a mention, then shows its card', () => {
    const dwelling = run({ type: 'POINTER_ON_MENTION', mention: 1 });
    expect(dwelling.phase).toBe('dwelling');
    const shown = dwellDone(dwelling);
    expect(shown).toMatchObject({ phase: 'shown', mention: 1 });
  });

  it('ignores a dwell timer from an earlier interaction (stale token)', () => {
    const first = run({ type: 'POINTER_ON_MENTION', mention: 1 });
    const second = cardReducer(first, { type: 'POINTER_ON_MENTION', mention: 2 });
    expect(cardReducer(second, { type: 'DWELL_ELAPSED', token: first.token })).toBe(second);
    expect(dwellDone(second)).toMatchObject({ phase: 'shown', mention: 2 });
  });

  it('abandons the dwell when the pointer leaves before it ends', () => {
    const s = run({ type: 'POINTER_ON_MENTION', mention: 1 }, { type: 'POINTER_ON_NOTHING' });
    expect(s.phase).toBe('idle');
  });

  it('closes after the grace period once the pointer leaves name and card', () => {
    const shown = dwellDone(run({ type: 'POINTER_ON_MENTION', mention: 1 }));
    const closing = cardReducer(shown, { type: 'POINTER_ON_NOTHING' });
    expect(closing.phase).toBe('closing');
    expect(cardReducer(closing, { type: 'GRACE_ELAPSED', token: closing.token }).phase).toBe('idle');
  });

  it('stays open when the pointer reaches the card during the grace period (hoverable)', () => {
    const shown = dwellDone(run({ type: 'POINTER_ON_MENTION', mention: 1 }));
    const closing = cardReducer(shown, { type: 'POINTER_ON_NOTHING' });
    const onCard = cardReducer(closing, { type: 'POINTER_ON_CARD' });
    expect(onCard.phase).toBe('shown');
    // The grace timer of the abandoned close fires late and must change nothing.
    expect(cardReducer(onCard, { type: 'GRACE_ELAPSED', token: closing.token })).toBe(onCard);
  });

  it('returning to the same name during the grace period keeps the card', () => {
    const shown = dwellDone(run({ type: 'POINTER_ON_MENTION', mention: 1 }));
    const closing = cardReducer(shown, { type: 'POINTER_ON_NOTHING' });
    expect(cardReducer(closing, { type: 'POINTER_ON_MENTION', mention: 1 })).toMatchObject({ phase: 'shown', mention: 1 });
  });

  it('Escape closes it and keeps it closed until the pointer leaves the name (dismissible)', () => {
    const shown = dwellDone(run({ type: 'POINTER_ON_MENTION', mention: 1 }));
    const closed = cardReducer(shown, { type: 'ESCAPE' });
    expect(closed).toMatchObject({ phase: 'idle', dismissed: 1 });
    expect(cardReducer(closed, { type: 'POINTER_ON_MENTION', mention: 1 })).toBe(closed);
    const left = cardReducer(closed, { type: 'POINTER_ON_NOTHING' });
    expect(left.dismissed).toBeNull();
    expect(cardReducer(left, { type: 'POINTER_ON_MENTION', mention: 1 }).phase).toBe('dwelling');
  });

  it('a dismissed card does not stop another name from opening', () => {
    const closed = cardReducer(dwellDone(run({ type: 'POINTER_ON_MENTION', mention: 1 })), { type: 'ESCAPE' });
    expect(cardReducer(closed, { type: 'POINTER_ON_MENTION', mention: 2 })).toMatchObject({ phase: 'dwelling', mention: 2, dismissed: null });
  });

  it('a keyboard-opened card ignores the pointer wandering off (persistent)', () => {
    const s = run({ type: 'KEYBOARD_OPEN', mention: 3 }, { type: 'POINTER_ON_NOTHING' });
    expect(s).toMatchObject({ phase: 'shown', mention: 3, viaKeyboard: true });
    expect(cardReducer(s, { type: 'ESCAPE' })).toMatchObject({ phase: 'idle', dismissed: null, viaKeyboard: false });
  });

  it('RESET returns to idle and invalidates every pending timer', () => {
    const dwelling = run({ type: 'POINTER_ON_MENTION', mention: 1 });
    const reset = cardReducer(dwelling, { type: 'RESET' });
    expect(reset.phase).toBe('idle');
    expect(cardReducer(reset, { type: 'DWELL_ELAPSED', token: dwelling.token })).toBe(reset);
  });

  it('a tap opens the card at once and pins it: compatibility mouse events and the pointer leaving do not close it', () => {
    const s = run({ type: 'TAP_ON_MENTION', mention: 2 }, { type: 'POINTER_ON_MENTION', mention: 5 }, { type: 'POINTER_ON_NOTHING' });
    expect(s).toMatchObject({ phase: 'shown', mention: 2, pinned: true });
  });

  it('a tap elsewhere, a second tap on the same name, or Escape closes a pinned card', () => {
    const open = run({ type: 'TAP_ON_MENTION', mention: 2 });
    expect(cardReducer(open, { type: 'TAP_OUTSIDE' })).toMatchObject({ phase: 'idle', pinned: false });
    expect(cardReducer(open, { type: 'TAP_ON_MENTION', mention: 2 })).toMatchObject({ phase: 'idle', pinned: false });
    expect(cardReducer(open, { type: 'ESCAPE' })).toMatchObject({ phase: 'idle', pinned: false, dismissed: null });
    expect(cardReducer(open, { type: 'TAP_ON_MENTION', mention: 4 })).toMatchObject({ phase: 'shown', mention: 4, pinned: true });
    expect(run({ type: 'TAP_OUTSIDE' })).toBe(INITIAL_CARD_STATE);
  });
});
