/** @jsxImportSource preact */
import type { RefObject } from 'preact';

/** The start screen's action, under the title, length, content note and outcomes the page shows. */
export function StartPanel({ onStart, onWarm, busy = false, buttonRef }: { onStart: () => void; onWarm?: () => void; busy?: boolean; buttonRef?: RefObject<HTMLButtonElement> }) {
  return (
    <div class="start-panel">
      <button type="button" class="button start-button" ref={buttonRef} onClick={onStart} onFocus={onWarm} onPointerEnter={onWarm} onPointerDown={onWarm} aria-disabled={busy || undefined}>
        {busy ? 'Starting…' : 'Start scenario'}
      </button>
      <p class="small">Your answers are kept only in this browser, so you can leave and come back.</p>
    </div>
  );
}
