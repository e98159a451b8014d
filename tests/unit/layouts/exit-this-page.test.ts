import { describe, expect, it } from 'vitest';
import { countShift, noPresses, PRESS_WINDOW_MS, type KeyUp, type ShiftPresses } from '../../../src/layouts/exit-this-page/shift-presses';

/** Feeds keyups to the counter; returns the final state and whether any of them exited. */
function run(keys: KeyUp[], from: ShiftPresses = noPresses) {
  let state = from;
  const exits: boolean[] = [];
  const remaining: Array<number | null> = [];
  for (const k of keys) {
    const r = countShift(state, k);
    state = r.state;
    exits.push(r.exit);
    remaining.push(r.remaining);
  }
  return { state, exits, remaining };
}
const shift = (at: number): KeyUp => ({ key: 'Shift', shiftKey: false, at });

describe('Exit this page: counting Shift presses', () => {
  it('exits on the third press, saying how many are left before it', () => {
    const r = run([shift(0), shift(300), shift(600)]);
    expect(r.exits).toEqual([false, false, true]);
    expect(r.remaining).toEqual([2, 1, null]);
    expect(r.state.count).toBe(0);
  });

  it('starts again when a press comes too late', () => {
    const r = run([shift(0), shift(100), shift(100 + PRESS_WINDOW_MS + 1)]);
    expect(r.exits).toEqual([false, false, false]);
    expect(r.state.count).toBe(1);
    expect(run([shift(0), shift(PRESS_WINDOW_MS), shift(2 * PRESS_WINDOW_MS)]).exits).toEqual([false, false, true]);
  });

  it('starts again after any other key', () => {
    const r = run([shift(0), shift(100), { key: 'a', shiftKey: false, at: 150 }, shift(200)]);
    expect(r.exits).toEqual([false, false, false, false]);
    expect(r.state.count).toBe(1);
  });

  it('does not count Shift used to type a capital letter', () => {
    // Shift+A: the keyup of A has shiftKey set; the Shift keyup after it is not a press of its own.
    const r = run([shift(0), { key: 'A', shiftKey: true, at: 50 }, shift(60), shift(100), shift(200)]);
    expect(r.exits).toEqual([false, false, false, false, false]);
    expect(r.state.count).toBe(2);
  });
});
