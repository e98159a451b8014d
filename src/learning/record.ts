// The learner's own record (My learning), kept only in this browser's storage. Its shape is checked
// with Zod (the small zod/mini build, as this runs in the browser), so that a damaged record or an
// imported file is reported in words the learner can act on and never planted in the page.
import * as z from 'zod/mini';
import { fail, ok, UserError, type Result } from '../shared/errors';
import { isStorageFull, storageFull, storageRefused, type KeyValueStore } from '../shared/storage';

export const learningKey = 'hct:learning';
/** The record format this version reads and writes. A record with a higher number was written by a newer version. */
export const learningFormat = 1;

// Entries keep fields this version does not know (looseObject), so that nothing in a record written
// by another version of the site is dropped when it is saved again.
const completedScenarioSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  completedAt: z.string(),
  /** Time spent playing, in seconds (pauses longer than a few minutes count as a few minutes). */
  seconds: z.optional(z.number()),
  /** The debrief's outcome line. */
  outcome: z.string(),
  /** Step titles with the answer given, in order. */
  path: z.array(z.looseObject({ title: z.string(), answer: z.optional(z.string()), rating: z.nullable(z.string()) })),
});

const briefingEntrySchema = z.looseObject({
  slug: z.string(),
  title: z.string(),
  readAt: z.string(),
  /** How it was used: read alone ("I read this", the default) or in a team meeting. */
  use: z.optional(z.enum(['read', 'team'])),
  /** The briefing's estimated reading time, in minutes, when it was recorded. */
  minutes: z.optional(z.number()),
});

const learningRecordSchema = z.object({
  format: z.literal(1),
  scenarios: z.array(completedScenarioSchema),
  briefings: z.array(briefingEntrySchema),
  reflections: z.array(z.looseObject({ id: z.string(), text: z.string(), writtenAt: z.string() })),
});

export type CompletedScenario = z.infer<typeof completedScenarioSchema>;
export type LearningRecord = z.infer<typeof learningRecordSchema>;
export type Reflection = LearningRecord['reflections'][number];
export type BriefingEntry = z.infer<typeof briefingEntrySchema>;

export const emptyRecord = (): LearningRecord => ({ format: learningFormat, scenarios: [], briefings: [], reflections: [] });

const refused = () => new UserError(storageRefused('your learning record'));
const notARecord = 'This is not a learning record from this site (its format is not recognised).';
const entryProblem: Record<string, (n: number) => string> = {
  scenarios: (n) => `Completed scenario ${n} is missing its id, title, date, outcome or path.`,
  briefings: (n) => `Briefing ${n} is missing its name or date.`,
  reflections: (n) => `Reflection ${n} is missing its text or date.`,
};

/** The first problem Zod found, in the learner's words. */
function describe(path: readonly PropertyKey[]): string {
  const [list, index, field, step] = path;
  if (list === undefined || list === 'format') return notARecord;
  if (typeof index !== 'number') return `The learning record is damaged: its ${String(list)} list is missing or not a list.`;
  if (list === 'scenarios' && field === 'path' && typeof step === 'number') return `Step ${step + 1} of completed scenario ${index + 1} is damaged.`;
  return entryProblem[String(list)]?.(index + 1) ?? notARecord;
}

/** Checks that parsed JSON is a learning record whose every entry has the fields the page shows. */
export function parseRecord(data: unknown): Result<LearningRecord> {
  const parsed = learningRecordSchema.safeParse(data);
  if (parsed.success) return ok({ ...parsed.data, reflections: uniqueReflectionIds(parsed.data.reflections) });
  return fail(new UserError(describe(parsed.error.issues[0]?.path ?? [])));
}

/** The format number of a record written by a newer version of the site, or null. */
function newerFormat(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('format' in data)) return null;
  const { format } = data;
  return typeof format === 'number' && format > learningFormat ? format : null;
}

/**
 * Gives every reflection an id no other has. Versions before this one could store two reflections
 * with one id (an import beside a reflection written here), and a delete by id removed both; a
 * later duplicate now reads as "<id>-2" (then "-3"…), the same way every time, so a delete removes one.
 */
function uniqueReflectionIds(reflections: Reflection[]): Reflection[] {
  const seen = new Set<string>();
  return reflections.map((r) => {
    if (!seen.has(r.id)) { seen.add(r.id); return r; }
    let n = 2;
    while (seen.has(`${r.id}-${n}`)) n++;
    const id = `${r.id}-${n}`;
    seen.add(id);
    return { ...r, id };
  });
}

/** A new reflection id that none of `taken` has. */
export function newReflectionId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * The record last read from or written to each store, with the stored text it stands for. Every
 * change reads the record afresh from storage (another tab may have changed it), but when the stored
 * text is the text this page last read or wrote, the record it holds is already known: checking
 * and copying 20,000 reflections again (Zod, and the id check) took most of a second a delete.
 * A record is never changed in place (each change makes a new one), so the cached one stays true.
 */
const known = new WeakMap<KeyValueStore, { raw: string; record: LearningRecord }>();

/** Reads the record (empty when there is none). A damaged record is reported, never overwritten here. */
export function readLearningRecord(store: KeyValueStore | null): Result<LearningRecord> {
  if (!store) return fail(refused());
  let raw: string | null;
  try { raw = store.getItem(learningKey); } catch { return fail(refused()); }
  if (raw === null) return ok(emptyRecord());
  const last = known.get(store);
  if (last?.raw === raw) return ok(last.record);
  let data: unknown;
  try { data = JSON.parse(raw); } catch { return fail(new UserError('Your learning record could not be read (it is not valid data).')); }
  const newer = newerFormat(data);
  if (newer !== null) return fail(new UserError(`Your learning record was saved by a newer version of this site (format ${newer}), which this page cannot read. It has not been changed: reload the page to get the newer version.`));
  const record = parseRecord(data);
  if (!record.ok) return fail(new UserError(`Your learning record is damaged: ${record.error.message}`));
  known.set(store, { raw, record: record.value });
  return record;
}

/**
 * The stored text as it is, damaged or not (for "Download the damaged record"), read afresh each
 * time, so that a read that failed once can succeed when tried again. Fails when there is nothing to
 * download or the browser refuses to read storage.
 */
export function rawLearningRecord(store: KeyValueStore | null): Result<string> {
  let raw: string | null;
  try { raw = store ? store.getItem(learningKey) : null; } catch { raw = null; }
  return raw === null ? fail(new UserError('The browser did not let the site read your stored record, so there is nothing to download yet. Reload the page and try again.')) : ok(raw);
}

/** Deletes the whole record ("Clear my record"), damaged or not. Says so when the browser refuses. */
export function clearLearningRecord(store: KeyValueStore | null): Result<LearningRecord> {
  const refusedToClear = () => fail(new UserError(`Your learning record could not be cleared: the browser refused to change its storage. ${store ? 'Try again, or clear this site\'s data in the browser\'s settings.' : ''}`.trim()));
  if (!store) return refusedToClear();
  try {
    store.removeItem(learningKey);
    if (store.getItem(learningKey) !== null) return refusedToClear();
  } catch {
    return refusedToClear();
  }
  return ok(emptyRecord());
}

/** Parses an import file's text: the record, or a clear reason it cannot be imported. */
export function parseImport(text: string): Result<LearningRecord> {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return fail(new UserError('The file could not be imported: it is not a learning record exported from this site (it is not valid JSON).')); }
  const newer = newerFormat(data);
  if (newer !== null) return fail(new UserError(`The file could not be imported: it was exported by a newer version of this site (format ${newer}), which this page cannot read. Reload the page to get the newer version, then import it again.`));
  const record = parseRecord(data);
  return record.ok ? record : fail(new UserError(`The file could not be imported: ${record.error.message}`));
}

/**
 * Merges an imported record into the current one, skipping entries already present. Reflections
 * merge by id and content: one with the same text and date as a reflection already here is the
 * same reflection (whatever its id); a different one whose id is taken is added under a new id, so
 * that ids stay unique and deleting one reflection never deletes another.
 */
export function mergeRecords(current: LearningRecord, incoming: LearningRecord): { record: LearningRecord; added: number } {
  const key = (x: unknown) => JSON.stringify(x);
  let added = 0;
  const merge = <T>(a: T[], b: T[]): T[] => {
    const seen = new Set(a.map(key));
    const out = [...a];
    for (const item of b) if (!seen.has(key(item))) { seen.add(key(item)); out.push(item); added++; }
    return out;
  };
  const ids = new Set(current.reflections.map((r) => r.id));
  const content = (r: Reflection) => key([r.text, r.writtenAt]);
  const texts = new Set(current.reflections.map(content));
  const reflections = [...current.reflections];
  for (const r of incoming.reflections) {
    if (texts.has(content(r))) continue;
    const id = ids.has(r.id) ? newReflectionId(ids) : r.id;
    ids.add(id);
    texts.add(content(r));
    reflections.push(id === r.id ? r : { ...r, id });
    added++;
  }
  return {
    record: {
      format: learningFormat,
      scenarios: merge(current.scenarios, incoming.scenarios),
      briefings: merge(current.briefings, incoming.briefings),
      reflections,
    },
    added,
  };
}

/**
 * Writes the whole record, even over a damaged one (only "Clear my record" needs that). When the
 * browser will not keep it (storage refused, or full), the stored record is left as it was.
 */
export function replaceLearningRecord(store: KeyValueStore | null, record: LearningRecord): Result<LearningRecord> {
  try {
    if (!store) return fail(refused());
    const raw = JSON.stringify(record);
    store.setItem(learningKey, raw);
    // Remembered as what this text reads as only when it reads back the same: ids already unique.
    if (new Set(record.reflections.map((r) => r.id)).size === record.reflections.length) known.set(store, { raw, record });
    else known.delete(store);
    return ok(record);
  } catch (error) {
    return fail(isStorageFull(error) ? new UserError(storageFull('this change to your learning record')) : refused());
  }
}

/**
 * The one way to change the record: applies `change` to the record as it is in storage now (not to
 * a copy read earlier), so that a scenario finished in another tab is never overwritten. Refuses,
 * with the reason, rather than overwrite a record it cannot read.
 */
export function updateLearningRecord(store: KeyValueStore | null, change: (record: LearningRecord) => LearningRecord): Result<LearningRecord> {
  const current = readLearningRecord(store);
  return current.ok ? replaceLearningRecord(store, change(current.value)) : current;
}

/** Adds a completed scenario (the scenario player calls this at the debrief). */
export function recordCompletedScenario(store: KeyValueStore | null, entry: CompletedScenario): Result<LearningRecord> {
  return updateLearningRecord(store, (record) => ({ ...record, scenarios: [...record.scenarios, entry] }));
}

/**
 * Adds a briefing the learner read, or used in a team meeting (the briefing's buttons call this). The
 * same briefing used the same way on the same day is recorded once, so a second press changes nothing.
 */
export function recordBriefing(store: KeyValueStore | null, entry: { slug: string; title: string; use: 'read' | 'team'; minutes?: number }, now = new Date()): Result<LearningRecord> {
  const readAt = now.toISOString();
  const day = readAt.slice(0, 10);
  return updateLearningRecord(store, (record) =>
    record.briefings.some((b) => b.slug === entry.slug && (b.use ?? 'read') === entry.use && b.readAt.slice(0, 10) === day)
      ? record
      : { ...record, briefings: [...record.briefings, { ...entry, readAt }] },
  );
}

/** Adds a reflection under an id no other reflection has. */
export function addReflection(record: LearningRecord, text: string, now = new Date()): LearningRecord {
  const id = newReflectionId(new Set(record.reflections.map((r) => r.id)));
  return { ...record, reflections: [...record.reflections, { id, text, writtenAt: now.toISOString() }] };
}
