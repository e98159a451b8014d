/** @jsxImportSource preact */
// The row under a step or a debrief: Back (when there is somewhere to go back to), start again, and
// any links the place adds. One component so the player, its debrief and room mode stay alike.
import type { ComponentChildren } from 'preact';

interface Props {
  /** Leave out where there is no earlier step. */
  onBack?: () => void;
  onRestart: () => void;
  /** "Start again" unless the place says otherwise ("Run it again" in room mode). */
  restartLabel?: string;
  /** Whether starting again is the main action here (the debrief's), not a secondary one. */
  restartIsMain?: boolean;
  children?: ComponentChildren;
}

export function BackAndRestart({ onBack, onRestart, restartLabel = 'Start again', restartIsMain = false, children }: Props) {
  return (
    <p class="button-row">
      {onBack && (
        <button type="button" class="button secondary" onClick={onBack}>
          Back
        </button>
      )}
      <button type="button" class={restartIsMain ? 'button' : 'button secondary'} onClick={onRestart}>
        {restartLabel}
      </button>
      {children}
    </p>
  );
}
