import { describe, expect, it } from 'vitest';
import { learningKey, readLearningRecord, recordCompletedScenario } from '../../../src/learning/record';

const store = (init?: string) => {
  const data = new Map<string, string>(init === undefined ? [] : [[learningKey, init]]);
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
};
const entry = { id: 's', title: 'S', completedAt: '2026-11-22T00:00:00Z', outcome: 'Safe', path: [] };

describe('learning record', () => {
  it('starts empty and records a completed scenario', () => {
    const s = store();
    expect(recordCompletedScenario(s, entry)).toBeNull();
    const r = readLearningRecord(s);
    expect(r.ok && r.record.scenarios).toEqual([entry]);
  });
  it('reports a corrupt record and does not overwrite it', () => {
    const s = store('{oops');
    expect(recordCompletedScenario(s, entry)).toMatch(/could not be read/);
    expect(s.data.get(learningKey)).toBe('{oops');
  });
  it('reports a record of the wrong shape', () => {
    expect(readLearningRecord(store('{"format":1,"scenarios":{}}'))).toEqual({ ok: false, error: expect.stringMatching(/scenarios list/) });
  });
});

describe('import and merge', async () => {
  const { parseImport, mergeRecords, emptyRecord } = await import('../../../src/learning/record');
  it('rejects a file that is not JSON, not a record, or has damaged entries, saying why', () => {
    expect(parseImport('hello')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseImport('{"a":1}')).toEqual({ ok: false, error: expect.stringMatching(/format is not recognised/) });
    expect(parseImport('{"format":1,"scenarios":[{"id":"x"}],"briefings":[],"reflections":[]}')).toEqual({ ok: false, error: expect.stringMatching(/Completed scenario 1/) });
  });
  it('merges without duplicating entries', () => {
    const a = { ...emptyRecord(), scenarios: [entry] };
    const b = { ...emptyRecord(), scenarios: [entry, { ...entry, id: 't' }] };
    const { record, added } = mergeRecords(a, b);
    expect(record.scenarios.map((s) => s.id)).toEqual(['s', 't']);
    expect(added).toBe(1);
  });
});

describe('damaged entries and concurrent changes', async () => {
  const { parseImport, readLearningRecord, updateLearningRecord, recordCompletedScenario: record } = await import('../../../src/learning/record');
  it('rejects an import whose path steps are damaged, and reports such a stored record as damaged', () => {
    const bad = '{"format":1,"scenarios":[{"id":"a","title":"t","completedAt":"x","outcome":"o","path":[null]}],"briefings":[],"reflections":[]}';
    expect(parseImport(bad)).toEqual({ ok: false, error: expect.stringMatching(/Step 1 of completed scenario 1 is damaged/) });
    expect(readLearningRecord(store(bad))).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
  });
  it('applies a change to the stored record, keeping what another tab added', () => {
    const s = store();
    record(s, entry); // another tab finishes a scenario
    const r = updateLearningRecord(s, (rec) => ({ ...rec, reflections: [...rec.reflections, { id: 'r1', text: 'x', writtenAt: 'now' }] }));
    expect(r.ok && r.record.scenarios).toEqual([entry]);
    expect(r.ok && r.record.reflections.length).toBe(1);
  });
});
