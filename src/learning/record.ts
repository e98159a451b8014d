// The learner's own record (My learning), kept only in this browser's storage. Its shape is checked
// with Zod (the small zod/mini build, as this runs in the browser), so that a damaged record or an
// imported file is reported in words the learner can act on and never planted in the page.
import * as z from 'zod/mini';
import { fail, ok, UserError, type Result } from '../shared/errors';
import { storageRefused, type KeyValueStore } from '../shared/storage';

export const learningKey = 'hct:learning';

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

const learningRecordSchema = z.object({
  format: z.literal(1),
  scenarios: z.array(completedScenarioSchema),
  briefings: z.array(z.looseObject({ slug: z.string(), title: z.string(), readAt: z.string() })),
  reflections: z.array(z.looseObject({ id: z.string(), text: z.string(), writtenAt: z.string() })),
});

export type CompletedScenario = z.infer<typeof completedScenarioSchema>;
export type LearningRecord = z.infer<typeof learningRecordSchema>;
export type Reflection = LearningRecord['reflections'][number];

export const emptyRecord = (): LearningRecord => ({ format: 1, scenarios: [], briefings: [], reflections: [] });

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
  if (parsed.success) return ok(parsed.data);
  return fail(new UserError(describe(parsed.error.issues[0]?.path ?? [])));
}

/** Reads the record (empty when there is none). A damaged record is reported, never overwritten here. */
export function readLearningRecord(store: KeyValueStore | null): Result<LearningRecord> {
  if (!store) return fail(refused());
  let raw: string | null;
  try { raw = store.getItem(learningKey); } catch { return fail(refused()); }
  if (raw === null) return ok(emptyRecord());
  let data: unknown;
  try { data = JSON.parse(raw); } catch { return fail(new UserError('Your learning record could not be read (it is not valid data).')); }
  const record = parseRecord(data);
  return record.ok ? record : fail(new UserError(`Your learning record is damaged: ${record.error.message}`));
}

/** The stored text as it is, damaged or not (for "Download the damaged record"). */
export function rawLearningRecord(store: KeyValueStore | null): string {
  try { return store?.getItem(learningKey) ?? ''; } catch { return ''; }
}

/** Parses an import file's text: the record, or a clear reason it cannot be imported. */
export function parseImport(text: string): Result<LearningRecord> {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return fail(new UserError('The file could not be imported: it is not a learning record exported from this site (it is not valid JSON).')); }
  const record = parseRecord(data);
  return record.ok ? record : fail(new UserError(`The file could not be imported: ${record.error.message}`));
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

/** Writes the whole record, even over a damaged one (only "Clear my record" needs that). */
export function replaceLearningRecord(store: KeyValueStore | null, record: LearningRecord): Result<LearningRecord> {
  try {
    if (!store) return fail(refused());
    store.setItem(learningKey, JSON.stringify(record));
    return ok(record);
  } catch {
    return fail(refused());
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
