import { describe, expect, it } from 'vitest';
import type { LearnerProfile } from '../../../src/learning/profile';
import { emptyRecord, type LearningRecord } from '../../../src/learning/record';
import { statementsSchema, toStatements, verbs } from '../../../src/learning/xapi';

const record: LearningRecord = {
  ...emptyRecord(),
  scenarios: [{ id: 'recording-fact-and-opinion', title: 'Fact and opinion', completedAt: '2026-11-20T10:00:00.000Z', seconds: 610, outcome: 'A clear record', path: [] }],
  briefings: [
    { slug: 'early-help', title: 'Early Help', readAt: '2026-11-21T09:00:00.000Z', use: 'read', minutes: 6 },
    { slug: 'early-help', title: 'Early Help', readAt: '2026-11-22T09:00:00.000Z', use: 'team', minutes: 6 },
  ],
  reflections: [{ id: 'r1', text: 'Separate fact from opinion.', writtenAt: '2026-11-22T10:00:00.000Z' }],
};
const anonymous: LearnerProfile = { name: '', role: '', email: '', localId: 'learner-abc' };
const base = 'https://example.org';

describe('xAPI export', () => {
  it('writes one valid statement per entry with ADL verbs and full addresses', async () => {
    const s = await toStatements(record, anonymous, { base });
    expect(statementsSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
    expect(s.map((x) => x.verb.id)).toEqual([verbs.completed, verbs.experienced, verbs.attended, verbs.commented]);
    expect(s[0]).toMatchObject({
      object: { id: 'https://example.org/practice/recording-fact-and-opinion/', definition: { name: { 'en-GB': 'Fact and opinion' } } },
      result: { completion: true, duration: 'PT610S', response: 'A clear record' },
      timestamp: '2026-11-20T10:00:00.000Z',
    });
    expect(s[3]?.result?.response).toBe('Separate fact from opinion.');
  });
  it('names the learner by a local account unless they gave an email', async () => {
    const [local] = await toStatements(record, anonymous, { base });
    expect(local?.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://example.org/', name: 'learner-abc' } });
    const [mailed] = await toStatements(record, { ...anonymous, name: 'Sam Example', email: 'sam@example.org' }, { base });
    expect(mailed?.actor).toEqual({ objectType: 'Agent', name: 'Sam Example', mbox: 'mailto:sam@example.org' });
  });
  it('gives the same statement ids on a second export, and different ids to different entries', async () => {
    const a = (await toStatements(record, anonymous, { base })).map((x) => x.id);
    const b = (await toStatements(record, anonymous, { base })).map((x) => x.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    expect(a[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('leaves out a timestamp that is not a date rather than writing an invalid one', async () => {
    const [s] = await toStatements({ ...emptyRecord(), reflections: [{ id: 'x', text: 't', writtenAt: 'now' }] }, anonymous, { base });
    expect(s?.timestamp).toBeUndefined();
  });
  it('the schema rejects a statement without an actor identifier', () => {
    expect(statementsSchema.safeParse([{ id: 'x', actor: { objectType: 'Agent' } }]).success).toBe(false);
  });
});
