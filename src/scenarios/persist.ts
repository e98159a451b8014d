// Saved progress: the XState persisted snapshot, kept per scenario in the learner's own browser,
// versioned by the scenario's content so that a changed scenario never restores a stale state.

/** The subset of Storage used, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const progressKey = (scenarioId: string) => `hct:scenario:${scenarioId}`;

interface SavedProgress { format: 1; version: string; savedAt: string; snapshot: unknown }

export type LoadResult =
  | { status: 'none' }
  | { status: 'restored'; snapshot: unknown; savedAt: string }
  | { status: 'discarded'; notice: string };

/** Saves a persisted snapshot. Returns false (and leaves storage alone) when storage refuses it. */
export function saveProgress(store: KeyValueStore, scenarioId: string, version: string, snapshot: unknown, now = new Date()): boolean {
  const entry: SavedProgress = { format: 1, version, savedAt: now.toISOString(), snapshot };
  try {
    store.setItem(progressKey(scenarioId), JSON.stringify(entry));
    return true;
  } catch {
    return false; // private browsing or a full store: the exercise still works, it just is not saved
  }
}

/**
 * Reads saved progress. A corrupt entry, or one saved for a different version of the scenario,
 * is removed (only that entry: nothing else in storage is touched) and reported with a notice.
 * `isUsable` lets the caller reject a snapshot that does not fit the current machine.
 */
export function loadProgress(store: KeyValueStore, scenarioId: string, version: string, isUsable: (snapshot: unknown) => boolean = () => true): LoadResult {
  const key = progressKey(scenarioId);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  const discard = (notice: string): LoadResult => {
    try { store.removeItem(key); } catch { /* nothing more we can do */ }
    return { status: 'discarded', notice };
  };
  let entry: Partial<SavedProgress>;
  try {
    entry = JSON.parse(raw) as Partial<SavedProgress>;
  } catch {
    return discard('Your saved progress in this scenario could not be read, so it has been cleared and the scenario starts again. Nothing else you saved has changed.');
  }
  if (!entry || typeof entry !== 'object' || entry.format !== 1 || typeof entry.version !== 'string' || !entry.snapshot) {
    return discard('Your saved progress in this scenario was damaged, so it has been cleared and the scenario starts again. Nothing else you saved has changed.');
  }
  if (entry.version !== version) {
    return discard('This scenario has been updated since you last worked on it, so your saved progress no longer fits and the scenario starts again. Nothing else you saved has changed.');
  }
  let usable = false;
  try { usable = isUsable(entry.snapshot); } catch { usable = false; }
  if (!usable) {
    return discard('Your saved progress in this scenario did not match the scenario, so it has been cleared and the scenario starts again. Nothing else you saved has changed.');
  }
  return { status: 'restored', snapshot: entry.snapshot, savedAt: entry.savedAt ?? '' };
}

export function clearProgress(store: KeyValueStore, scenarioId: string): void {
  try { store.removeItem(progressKey(scenarioId)); } catch { /* ignore */ }
}
