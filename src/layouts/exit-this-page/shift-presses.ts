// Counting Shift presses for "Exit this page", after GOV.UK Frontend's component: Shift pressed on
// its own three times, each within `windowMs` of the last, exits. Shift used as a modifier (Shift+A)
// does not count: its keyup follows a keyup that had shiftKey set. Any other key starts again.
// Pure, so that it is unit-tested without a browser (tests/unit/layouts/exit-this-page.test.ts).

/** How many presses exit. */
export const PRESSES_TO_EXIT = 3;
/** The longest gap between two presses that still counts, in milliseconds (GOV.UK: 5 seconds). */
export const PRESS_WINDOW_MS = 5000;

export interface ShiftPresses {
  /** Presses counted so far (0 to 2). */
  count: number;
  /** When the last counted press was, or null. */
  lastAt: number | null;
  /** Whether the previous keyup had Shift held (so a Shift keyup now ends a Shift+key). */
  lastWasModified: boolean;
}

export const noPresses: ShiftPresses = { count: 0, lastAt: null, lastWasModified: false };

/** What a keyup event tells the counter. */
export interface KeyUp {
  key: string;
  shiftKey: boolean;
  /** A timestamp in milliseconds (event.timeStamp). */
  at: number;
}

export interface ShiftResult {
  state: ShiftPresses;
  /** True when this press was the third: exit now. */
  exit: boolean;
  /** After a counted press that did not exit: presses still needed (1 or 2); otherwise null. */
  remaining: number | null;
}

/** The counter after one keyup. */
export function countShift(state: ShiftPresses, e: KeyUp, windowMs = PRESS_WINDOW_MS): ShiftResult {
  const lastWasModified = e.shiftKey;
  if (e.key !== 'Shift' || state.lastWasModified) {
    return { state: { count: 0, lastAt: null, lastWasModified }, exit: false, remaining: null };
  }
  const expired = state.lastAt === null || e.at - state.lastAt > windowMs;
  const count = (expired ? 0 : state.count) + 1;
  if (count >= PRESSES_TO_EXIT) {
    return { state: { count: 0, lastAt: null, lastWasModified }, exit: true, remaining: null };
  }
  return { state: { count, lastAt: e.at, lastWasModified }, exit: false, remaining: PRESSES_TO_EXIT - count };
}
