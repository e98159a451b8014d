// The learner's own record (My learning), kept only in this browser's storage.
import type { KeyValueStore } from '../scenarios/persist';

export const learningKey = 'hct:learning';

export interface CompletedScenario {
  id: string;
  title: string;
  completedAt: string;
  /** Seconds from Start to the ending, when the player knows when the learner started. */
  seconds?: number;
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
  let parsed: ReadResult;
  try { parsed = asLearningRecord(JSON.parse(raw)); } catch { return { ok: false, error: 'Your learning record could not be read (it is not valid data).' }; }
  if (!parsed.ok) return parsed;
  const bad = validateEntries(parsed.record);
  return bad ? { ok: false, error: `Your learning record is damaged: ${bad}` } : parsed;
}

/** Adds a completed scenario. Refuses (returns the error) rather than overwrite a record it cannot read. */
export function recordCompletedScenario(store: KeyValueStore, entry: CompletedScenario): string | null {
  const current = readLearningRecord(store);
  if (!current.ok) return current.error;
  const record = current.record;
  record.scenarios.push(entry);
  try { store.setItem(learningKey, JSON.stringify(record)); return null; } catch { return 'Your browser would not let the site save to your learning record.'; }
}

/** Merges an imported record into the current one, skipping entries already present. */
export function mergeRecords(current: LearningRecord, incoming: LearningRecord): { record: LearningRecord; added: number } {
  const key = (x: unknown) => JSON.stringify(x);
  let added = 0;
  const merge = <T>(a: T[], b: T[]): T[] => {
    const seen = new Set(a.map(key));
    const out = [...a];
    for (const item of b) if (!seen.has(key(item))) { seen.add(key(item)); out.push(item); added++; }
    return out;
  };
  return {
    record: {
      format: 1,
      scenarios: merge(current.scenarios, incoming.scenarios),
      briefings: merge(current.briefings, incoming.briefings),
      reflections: merge(current.reflections, incoming.reflections),
    },
    added,
  };
}

/** Checks each entry of a record has the fields the page shows, so an import cannot plant bad data. */
export function validateEntries(record: LearningRecord): string | null {
  const str = (v: unknown) => typeof v === 'string';
  for (const [i, s] of record.scenarios.entries()) {
    if (!s || !str(s.id) || !str(s.title) || !str(s.completedAt) || !str(s.outcome) || !Array.isArray(s.path)) return `Completed scenario ${i + 1} is missing its id, title, date, outcome or path.`;
    if (s.seconds !== undefined && !(Number.isFinite(s.seconds) && s.seconds >= 0)) return `Completed scenario ${i + 1} has a time spent that is not a number of seconds.`;
    const badStep = s.path.findIndex((p) => !p || typeof p !== 'object' || !str(p.title) || (p.answer !== undefined && !str(p.answer)) || (p.rating !== null && !str(p.rating)));
    if (badStep >= 0) return `Step ${badStep + 1} of completed scenario ${i + 1} is damaged.`;
  }
  for (const [i, b] of record.briefings.entries()) {
    if (!b || !str(b.slug) || !str(b.title) || !str(b.readAt)) return `Briefing ${i + 1} is missing its name or date.`;
  }
  for (const [i, r] of record.reflections.entries()) {
    if (!r || !str(r.id) || !str(r.text) || !str(r.writtenAt) || (r.about !== undefined && !str(r.about))) return `Reflection ${i + 1} is missing its text or date.`;
  }
  return null;
}

/** Parses an import file's text: the record, or a clear reason it cannot be imported. */
export function parseImport(text: string): ReadResult {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return { ok: false, error: 'The file could not be imported: it is not a learning record exported from this site (it is not valid JSON).' }; }
  const r = asLearningRecord(data);
  if (!r.ok) return { ok: false, error: `The file could not be imported: ${r.error}` };
  const bad = validateEntries(r.record);
  return bad ? { ok: false, error: `The file could not be imported: ${bad}` } : r;
}

/** Writes the whole record. */
export function writeLearningRecord(store: KeyValueStore, record: LearningRecord): string | null {
  try { store.setItem(learningKey, JSON.stringify(record)); return null; } catch { return 'Your browser would not let the site save your learning record.'; }
}

/**
 * Applies a change to the record as it is in storage now (not to a copy read earlier), so that
 * a scenario finished in another tab is never overwritten. Returns the new record, or an error.
 */
export function updateLearningRecord(store: KeyValueStore, change: (record: LearningRecord) => LearningRecord): { ok: true; record: LearningRecord } | { ok: false; error: string } {
  const current = readLearningRecord(store);
  if (!current.ok) return current;
  const next = change(current.record);
  const err = writeLearningRecord(store, next);
  return err ? { ok: false, error: err } : { ok: true, record: next };
}
