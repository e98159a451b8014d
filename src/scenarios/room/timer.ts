// The discussion timer: a countdown the trainer starts, pauses and resets. Plain state and pure
// functions of the time now, so that the display can be redrawn at any rate and tests need no clock.

export interface TimerState {
  /** The length of the discussion, in ms. */
  durationMs: number;
  /** Time left when the timer last stopped (or was set), in ms. */
  leftMs: number;
  /** When the timer was started (ms since the epoch), or null while it is paused. */
  since: number | null;
}

export const newTimer = (minutes: number): TimerState => ({ durationMs: minutes * 60_000, leftMs: minutes * 60_000, since: null });

/** Time left now, in ms (never below 0). */
export const timeLeft = (t: TimerState, now: number): number =>
  Math.max(0, t.since === null ? t.leftMs : t.leftMs - (now - t.since));

export const isRunning = (t: TimerState, now: number): boolean => t.since !== null && timeLeft(t, now) > 0;

/** Starts or pauses; a finished timer starts again from its full length. */
export function toggleTimer(t: TimerState, now: number): TimerState {
  if (t.since !== null) return { ...t, leftMs: timeLeft(t, now), since: null };
  const leftMs = t.leftMs > 0 ? t.leftMs : t.durationMs;
  return { ...t, leftMs, since: now };
}

/** "4:05": minutes and seconds left, rounded up to the second. */
export function clockText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
