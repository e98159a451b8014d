/** @jsxImportSource preact */
// The practice scenario player, a Preact island. A first visit loads only this: the start screen's
// Start button. The player with the engine and XState (Player.tsx) loads when the learner reaches
// for Start (focus, pointer) and runs when they press it; it loads at once when there is saved
// progress or a link to a step, since then it is needed straight away.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { markStarted } from '../../shared/enhance';
import { browserStore } from '../../shared/storage';
import type { PlayerProps } from './Player';
import { StartPanel } from './StartPanel';

export type { PlayerContact } from './env';

type LoadedPlayer = ComponentType<PlayerProps & { autoStart: boolean }>;

let loading: Promise<LoadedPlayer> | null = null;
/** Loads the player once; a failed load can be tried again. */
function loadPlayer(): Promise<LoadedPlayer> {
  loading ??= import('./Player').then(
    (m) => m.default,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

function hasSavedProgress(key: string): boolean {
  try {
    return browserStore()?.getItem(key) != null;
  } catch {
    return false;
  }
}

export default function ScenarioPlayer(props: PlayerProps) {
  const [Player, setPlayer] = useState<LoadedPlayer | null>(null);
  const [autoStart, setAutoStart] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  const load = (start: boolean) => {
    setFailed(false);
    setWaiting(start);
    loadPlayer().then(
      (loaded) => {
        setAutoStart(start);
        setPlayer(() => loaded);
      },
      () => {
        setWaiting(false);
        setFailed(true);
      },
    );
  };
  useEffect(() => {
    markStarted(ref.current);
    if (hasSavedProgress(props.storageKey) || location.hash.length > 1) load(false);
  }, []);

  if (Player) return <Player {...props} autoStart={autoStart} />;
  return (
    <div class="player" ref={ref}>
      {failed && (
        <div class="notice notice-error" role="alert">
          <p>The scenario could not be loaded. Check your connection, then press Start scenario again.</p>
        </div>
      )}
      <StartPanel busy={waiting} onWarm={() => void loadPlayer().catch(() => undefined)} onStart={() => !waiting && load(true)} />
    </div>
  );
}
