// Logic of the presenter view (one part at a time, keyboard, a seven-minute timer that paces one
// minute per part). Pure functions, unit-tested; the browser script only wires them to the page.

/** Time allowed for each part. */
export const MS_PER_PART = 60_000;

/** What a key press asks the presenter view to do. */
export type PresenterAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'go'; part: number }
  | { type: 'toggle-timer' }
  | { type: 'toggle-controls' }
  | { type: 'toggle-fullscreen' };

/**
 * The action for a key, or null to leave the key alone. Up and down arrows are left alone so a
 * long part can still be scrolled. Space is left to a focused button or link (`onControl`), so
 * that a focused "Next part" button is not pressed twice. Presentation clickers send PageDown/PageUp.
 * H hides or shows the controls, F enters or leaves full screen (as in reveal.js).
 */
export function keyAction(key: string, total: number, onControl = false): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return onControl ? null : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'go', part: 1 };
    case 'End':
      return { type: 'go', part: total };
    case 't':
    case 'T':
      return { type: 'toggle-timer' };
    case 'h':
    case 'H':
      return { type: 'toggle-controls' };
    case 'f':
    case 'F':
      return { type: 'toggle-fullscreen' };
    default:
      if (/^[1-9]$/.test(key) && Number(key) <= total) return { type: 'go', part: Number(key) };
      return null;
  }
}

/** Keeps a part number within 1..total. */
export function clampPart(part: number, total: number): number {
  if (!Number.isFinite(part)) return 1;
  return Math.min(total, Math.max(1, Math.trunc(part)));
}

/** The part a URL hash asks for ("#part-3" -> 3); 1 when it names none. */
export function partFromHash(hash: string, total: number): number {
  const m = /^#?part-(\d+)$/.exec(hash);
  return m ? clampPart(Number(m[1]), total) : 1;
}

/** The part after `action` from `current`. */
export function applyAction(current: number, action: PresenterAction, total: number): number {
  switch (action.type) {
    case 'next':
      return clampPart(current + 1, total);
    case 'prev':
      return clampPart(current - 1, total);
    case 'go':
      return clampPart(action.part, total);
    default:
      return current;
  }
}

/** "m:ss" for a duration in milliseconds (whole seconds, rounded down). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Where the room is against the one-minute-per-part pace. */
export interface Pace {
  /** The part that the clock says should be on screen now. */
  due: number;
  state: 'on-time' | 'ahead' | 'behind' | 'over';
  /** Plain-language status for the presenter. */
  message: string;
}

const parts = (n: number) => `${n} part${n === 1 ? '' : 's'}`;

/** Compares the part on screen with the part due after `elapsedMs`, one minute per part. */
export function pace(elapsedMs: number, current: number, total: number, msPerPart = MS_PER_PART): Pace {
  const allowed = total * msPerPart;
  const due = Math.min(total, Math.floor(Math.max(0, elapsedMs) / msPerPart) + 1);
  if (elapsedMs >= allowed) {
    return { due, state: 'over', message: `Time is up (${formatClock(allowed)}).` };
  }
  if (current < due) return { due, state: 'behind', message: `Behind by ${parts(due - current)}: part ${due} is due now.` };
  if (current > due) return { due, state: 'ahead', message: `Ahead by ${parts(current - due)}: part ${due} is due now.` };
  return { due, state: 'on-time', message: `On time: part ${due} is due now.` };
}

/** A stopwatch that can be paused; reads time through `now` so tests can drive it. */
export class Stopwatch {
  private startedAt: number | null = null;
  private banked = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get running(): boolean {
    return this.startedAt !== null;
  }

  /** Milliseconds counted so far. */
  elapsed(): number {
    return this.banked + (this.startedAt === null ? 0 : this.now() - this.startedAt);
  }

  start(): void {
    if (this.startedAt === null) this.startedAt = this.now();
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.banked += this.now() - this.startedAt;
    this.startedAt = null;
  }

  reset(): void {
    this.startedAt = null;
    this.banked = 0;
  }
}
