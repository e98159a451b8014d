/** @jsxImportSource preact */
// Room mode's tools: the discussion timer, the step list (jump to any step) and the keyboard help,
// the last two as native modal dialogs (focus is kept inside; Escape closes them).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../model';
import { shortcuts } from './shortcuts';
import { clockText, isRunning, newTimer, timeLeft, toggleTimer, type TimerState } from './timer';

const kindWord: Record<string, string> = {
  narrative: 'story', decision: 'decision', level: 'level of need', select: 'select all', sort: 'sorting', scale: 'scaling', write: 'writing', debrief: 'ending',
};

export function useTimer(minutes = 3) {
  const [timer, setTimer] = useState<TimerState>(() => newTimer(minutes));
  const [, setTick] = useState(0);
  const running = timer.since !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [running]);
  return {
    timer,
    toggle: () => setTimer((t) => toggleTimer(t, Date.now())),
    set: (m: number) => setTimer(newTimer(m)),
  };
}

export function Timer({ timer, toggle, set }: ReturnType<typeof useTimer>) {
  const now = Date.now();
  const left = timeLeft(timer, now);
  const running = isRunning(timer, now);
  const done = timer.since !== null && left === 0;
  return (
    <div class="room-timer" role="group" aria-label="Discussion timer">
      <span role="timer" class={done ? 'room-clock room-clock-done' : 'room-clock'} aria-label={`Time left: ${clockText(left)}`}>
        {clockText(left)}
      </span>
      <button type="button" class="button secondary" onClick={toggle} aria-keyshortcuts="T">
        {running ? 'Pause timer' : left === 0 || left === timer.durationMs ? 'Start timer' : 'Resume timer'}
      </button>
      <label class="room-minutes">
        <span class="visually-hidden">Discussion length</span>
        <select value={String(timer.durationMs / 60_000)} onChange={(e) => set(Number(e.currentTarget.value))}>
          {[1, 2, 3, 5, 10].map((m) => (
            <option value={m}>{m} min</option>
          ))}
        </select>
      </label>
      <span class="visually-hidden" aria-live="polite">{done ? 'Time is up.' : ''}</span>
    </div>
  );
}

/** A modal dialog shown while `open`; closing it (Escape, the Close button) calls onClose. */
export function Modal({ open, onClose, title, id, children }: { open: boolean; onClose: () => void; title: string; id: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} class="room-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <p>
        <button type="button" class="button secondary" onClick={onClose}>
          Close
        </button>
      </p>
    </dialog>
  );
}

export function StepList({ scenario, current, path, onPick }: { scenario: Scenario; current: string; path: readonly string[]; onPick: (id: string) => void }) {
  return (
    <>
      <p>Go to any step. A step the room has not reached yet is added to its path after the current one.</p>
      <ol class="room-step-list">
        {scenario.steps.map((s) => (
          <li aria-current={s.id === current ? 'step' : undefined}>
            <button type="button" class="link-button" onClick={() => onPick(s.id)} disabled={s.id === current}>
              {s.title}
            </button>{' '}
            <span class="small">
              ({kindWord[s.kind]}){s.id === current ? ', the room is here' : path.includes(s.id) ? ', on the room’s path' : ''}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

export function ShortcutHelp() {
  return (
    <>
      <p>These work anywhere in room mode except while typing in a text box. In a vote box, letters still work; the arrow keys change the number.</p>
      <dl class="room-keys">
        {shortcuts.map((s) => (
          <div>
            <dt>
              <kbd>{s.shown}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
