/**
 * The hover card as an explicit state machine: idle → dwelling → shown → closing.
 * A pure reducer; the content script runs the timers and renders what the state says.
 * Each dwell or grace period carries a token, so a timer that fires late is ignored.
 */
export type Phase = 'idle' | 'dwelling' | 'shown' | 'closing';

export interface CardState {
  phase: Phase;
  /** The mention the card is for (or is about to be). */
  mention: number | null;
  token: number;
  /** Opened by keyboard: focus moves into the card and returns on close. */
  viaKeyboard: boolean;
  /** Escape closed the card over this mention: it stays closed until the pointer leaves it (WCAG 1.4.13). */
  dismissed: number | null;
  /** Opened by a tap: touch has no hover to leave, so only a tap elsewhere (or Escape) closes it. */
  pinned: boolean;
}

export type CardAction =
  | { type: 'POINTER_ON_MENTION'; mention: number }
  | { type: 'POINTER_ON_CARD' }
  | { type: 'POINTER_ON_NOTHING' }
  | { type: 'DWELL_ELAPSED'; token: number }
  | { type: 'GRACE_ELAPSED'; token: number }
  | { type: 'KEYBOARD_OPEN'; mention: number }
  | { type: 'TAP_ON_MENTION'; mention: number }
  | { type: 'TAP_OUTSIDE' }
  | { type: 'ESCAPE' }
  | { type: 'RESET' };

export const INITIAL_CARD_STATE: CardState = { phase: 'idle', mention: null, token: 0, viaKeyboard: false, dismissed: null, pinned: false };

export function cardReducer(state: CardState, action: CardAction): CardState {
  const next = (phase: Phase, mention: number | null, extra: Partial<CardState> = {}): CardState => ({
    ...state,
    phase,
    mention,
    token: state.token + 1,
    ...extra,
  });
  switch (action.type) {
    case 'POINTER_ON_MENTION': {
      // Touch sends a compatibility mouseover with every tap: a pinned card ignores it.
      if (action.mention === state.dismissed || state.pinned) return state;
      const dismissed = null;
      if (state.phase === 'idle') return next('dwelling', action.mention, { dismissed, viaKeyboard: false });
      if (action.mention === state.mention) {
        return state.phase === 'closing' ? next('shown', state.mention) : state;
      }
      return next('dwelling', action.mention, { dismissed, viaKeyboard: false });
    }
    case 'POINTER_ON_CARD':
      return state.phase === 'closing' ? next('shown', state.mention) : state;
    case 'POINTER_ON_NOTHING':
      if (state.pinned) return state;
      if (state.phase === 'dwelling') return next('idle', null, { dismissed: null });
      if (state.phase === 'shown' && !state.viaKeyboard) return next('closing', state.mention);
      return state.dismissed === null ? state : { ...state, dismissed: null };
    case 'DWELL_ELAPSED':
      return state.phase === 'dwelling' && action.token === state.token ? next('shown', state.mention) : state;
    case 'GRACE_ELAPSED':
      return state.phase === 'closing' && action.token === state.token ? next('idle', null, { pinned: false }) : state;
    case 'KEYBOARD_OPEN':
      return next('shown', action.mention, { viaKeyboard: true, dismissed: null, pinned: false });
    case 'TAP_ON_MENTION':
      // A second tap on the open card's name closes it, as a toggle does.
      if (state.pinned && state.phase === 'shown' && state.mention === action.mention) return next('idle', null, { pinned: false });
      return next('shown', action.mention, { viaKeyboard: false, dismissed: null, pinned: true });
    case 'TAP_OUTSIDE':
      return state.phase === 'idle' ? state : next('idle', null, { pinned: false, dismissed: null });
    case 'ESCAPE':
      if (state.phase === 'idle') return state;
      return next('idle', null, { dismissed: state.viaKeyboard || state.pinned ? null : state.mention, viaKeyboard: false, pinned: false });
    case 'RESET':
      return { ...INITIAL_CARD_STATE, token: state.token + 1 };
  }
}
