// The learner's browser storage, in one place for every feature (scenario progress, My learning).
// Features take a KeyValueStore so that unit tests can pass an in-memory one.

/** The subset of the Web Storage API the site uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** This browser's localStorage, or null when the browser refuses it (some private modes, blocked site data). */
export function browserStore(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

/** An in-memory store: for tests, and for modes that must not write to the learner's record. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** The one wording for "the browser refused storage"; `what` says what could not be kept. */
export function storageRefused(what: string): string {
  return `This browser does not let the site use its storage, so ${what} cannot be kept on this device.`;
}

/** The one wording for "the browser's storage for the site is full"; `what` says what could not be kept. */
export function storageFull(what: string): string {
  return `This browser's storage for this site is full, so ${what} could not be kept on this device.`;
}

/**
 * True when a write failed because the storage is full (QuotaExceededError; older Firefox named it
 * NS_ERROR_DOM_QUOTA_REACHED), not because the browser refused storage altogether.
 */
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Why a write failed, in the site's words: storage full, or storage refused. */
export function storageWriteFailed(error: unknown, what: string): string {
  return isStorageFull(error) ? storageFull(what) : storageRefused(what);
}
