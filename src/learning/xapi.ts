// The record as xAPI statements (Experience API 1.0.3), the JSON a learning record store (LRS) imports,
// as H5P and Adapt content sends it. One statement per entry:
//   - a completed practice scenario: verb completed, object the scenario (activity type simulation),
//     result { completion, duration, response: the debrief's outcome };
//   - a briefing read: verb experienced; used in a team meeting: verb attended (object the briefing,
//     activity type lesson, duration its reading time);
//   - a reflection: verb commented, object the My learning page, result.response the text.
// Verbs are ADL's (http://adlnet.gov/expapi/verbs/…). The actor is the learner: by email (mbox) only if
// they gave one on My learning; otherwise an account whose name is a random id made on this device and
// whose homePage is the site's address. Activity ids are the pages' full addresses: from SITE_URL
// when the site was built with one, otherwise the address the page was opened at. Statement ids are
// name-based UUIDs (version 5) of the actor, verb, activity and time, so exporting twice gives the same
// ids and an LRS does not count an entry twice. Every statement is checked with the schema below.
import * as z from 'zod/mini';
import { sitePath } from '../shared/paths';
import type { LearnerProfile } from './profile';
import type { LearningRecord } from './record';

const adl = 'http://adlnet.gov/expapi/verbs/';
export const verbs = { completed: `${adl}completed`, experienced: `${adl}experienced`, attended: `${adl}attended`, commented: `${adl}commented` } as const;
const activityTypes = { simulation: 'http://adlnet.gov/expapi/activities/simulation', lesson: 'http://adlnet.gov/expapi/activities/lesson', page: 'http://activitystrea.ms/schema/1.0/page' } as const;

const languageMap = z.record(z.string(), z.string());
const absoluteUrl = z.url({ protocol: /^https?$/ });
const agentName = z.optional(z.string().check(z.minLength(1)));
const agentSchema = z.union([
  z.strictObject({ objectType: z.literal('Agent'), name: agentName, mbox: z.string().check(z.regex(/^mailto:[^\s@]+@[^\s@]+$/)) }),
  z.strictObject({ objectType: z.literal('Agent'), name: agentName, account: z.strictObject({ homePage: absoluteUrl, name: z.string().check(z.minLength(1)) }) }),
]);

/** One xAPI statement, as far as this site writes them (a strict subset of the specification). */
export const statementSchema = z.strictObject({
  id: z.uuid(),
  actor: agentSchema,
  verb: z.strictObject({ id: z.enum(Object.values(verbs)), display: languageMap }),
  object: z.strictObject({
    objectType: z.literal('Activity'),
    id: absoluteUrl,
    definition: z.strictObject({ name: languageMap, description: z.optional(languageMap), type: z.enum(Object.values(activityTypes)) }),
  }),
  result: z.optional(z.strictObject({ completion: z.optional(z.boolean()), duration: z.optional(z.iso.duration()), response: z.optional(z.string()) })),
  context: z.strictObject({ platform: z.string(), language: z.string() }),
  timestamp: z.optional(z.iso.datetime({ offset: true })),
});
export const statementsSchema = z.array(statementSchema);
export type Statement = z.infer<typeof statementSchema>;

const en = (text: string) => ({ 'en-GB': text });
const platform = 'Helping Children Thrive: practice site';

/** A name-based UUID (RFC 9562 version 5: SHA-1 in the URL namespace). */
async function uuidV5(name: string): Promise<string> {
  const ns = '6ba7b8119dad11d180b400c04fd430c8'.match(/../g)!.map((h) => parseInt(h, 16));
  const bytes = new Uint8Array([...ns, ...new TextEncoder().encode(name)]);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An ISO 8601 time with its offset, or undefined when the stored text is not a date. */
const timestamp = (value: string): string | undefined => {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

export interface XapiOptions {
  /** The site's address: SITE_URL when the site was built with one, otherwise the page's origin. */
  base: string;
  /** Scenario and briefing summaries, for the activities' descriptions (optional). */
  describe?: (kind: 'scenario' | 'briefing', id: string) => string | undefined;
}

/** The actor: mbox when the learner gave an email, else the local account. */
export function actorOf(profile: LearnerProfile, base: string): Statement['actor'] {
  const name = profile.name.trim() || undefined;
  const email = profile.email.trim();
  return email
    ? { objectType: 'Agent', ...(name ? { name } : {}), mbox: `mailto:${email}` }
    : { objectType: 'Agent', ...(name ? { name } : {}), account: { homePage: new URL(sitePath('/'), base).href, name: profile.localId } };
}

/** Every entry of the record as a checked xAPI statement. Throws if one breaks the schema (a bug here). */
export async function toStatements(record: LearningRecord, profile: LearnerProfile, { base, describe }: XapiOptions): Promise<Statement[]> {
  const actor = actorOf(profile, base);
  const url = (path: string) => new URL(sitePath(path), base).href;
  const make = async (verb: keyof typeof verbs, object: Statement['object'], when: string, result?: Statement['result']): Promise<Statement> => {
    const time = timestamp(when);
    const id = await uuidV5(JSON.stringify([actor, verb, object.id, when, result?.response ?? '']));
    return { id, actor, verb: { id: verbs[verb], display: en(verb) }, object, ...(result ? { result } : {}), context: { platform, language: 'en-GB' }, ...(time ? { timestamp: time } : {}) };
  };
  const activity = (id: string, name: string, type: keyof typeof activityTypes, description?: string): Statement['object'] => ({
    objectType: 'Activity', id, definition: { name: en(name), ...(description ? { description: en(description) } : {}), type: activityTypes[type] },
  });
  const statements = await Promise.all([
    ...record.scenarios.map((s) =>
      make('completed', activity(url(`/practice/${encodeURIComponent(s.id)}/`), s.title, 'simulation', describe?.('scenario', s.id)), s.completedAt, {
        completion: true, ...(s.seconds !== undefined ? { duration: `PT${Math.max(0, Math.round(s.seconds))}S` } : {}), ...(s.outcome ? { response: s.outcome } : {}),
      })),
    ...record.briefings.map((b) =>
      make(b.use === 'team' ? 'attended' : 'experienced', activity(url(`/briefings/${encodeURIComponent(b.slug)}/`), b.title, 'lesson', describe?.('briefing', b.slug)), b.readAt,
        b.minutes !== undefined ? { duration: `PT${Math.max(0, Math.round(b.minutes))}M` } : undefined)),
    ...record.reflections.map((r) => make('commented', activity(url('/my-learning/'), 'My learning: reflections', 'page'), r.writtenAt, { response: r.text })),
  ]);
  return statementsSchema.parse(statements);
}
