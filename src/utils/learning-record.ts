// The learner's own record (My learning), kept only in this browser's storage.
import type { KeyValueStore } from '../scenarios/persist';

export const learningKey = 'hct:learning';

export interface CompletedScenario {
  id: string;
  title: string;
  completedAt: string;
  /** The debrief's outcome line. */
  outcome: string;
  /** Step titles with the answer given, in order. */
  path: Array<{ title: string; answer?: string; rating: string | null }>;
}

export interface LearningRecord {
  format: 1;
  scenarios: CompletedScenario[];
  briefings: Array<{ slug: string; title: string; readAt: string }>;
  reflections: Array<{ id: string; text: string; writtenAt: string; about?: string }>;
}

export const emptyRecord = (): LearningRecord => ({ format: 1, scenarios: [], briefings: [], reflections: [] });

export type ReadResult = { ok: true; record: LearningRecord } | { ok: false; error: string };

/** Checks that parsed JSON is a learning record. */
export function asLearningRecord(data: unknown): ReadResult {
  const d = data as Partial<LearningRecord>;
  if (!d || typeof d !== 'object' || d.format !== 1) return { ok: false, error: 'This is not a learning record from this site (its format is not recognised).' };
  for (const k of ['scenarios', 'briefings', 'reflections'] as const) {
    if (!Array.isArray(d[k])) return { ok: false, error: `The learning record is damaged: its ${k} list is missing or not a list.` };
  }
  return { ok: true, record: d as LearningRecord };
}

/** Reads the record. A corrupt record is reported, never overwritten here. */
export function readLearningRecord(store: KeyValueStore): ReadResult {
  let raw: string | null;
  try { raw = store.getItem(learningKey); } catch { return { ok: false, error: 'This browser does not allow the site to read its storage.' }; }
  if (raw === null) return { ok: true, record: emptyRecord() };
  try { return asLearningRecord(JSON.parse(raw)); } catch { return { ok: false, error: 'Your learning record could not be read (it is not valid data).' }; }
}

/** Adds a completed scenario. Refuses (returns the error) rather than overwrite a record it cannot read. */
export function recordCompletedScenario(store: KeyValueStore, entry: CompletedScenario): string | null {
  const current = readLearningRecord(store);
  if (!current.ok) return current.error;
  const record = current.record;
  record.scenarios.push(entry);
  try { store.setItem(learningKey, JSON.stringify(record)); return null; } catch { return 'Your browser would not let the site save to your learning record.'; }
}
