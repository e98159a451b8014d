import { describe, expect, it } from 'vitest';
import { learningKey, readLearningRecord, recordCompletedScenario } from '../../src/utils/learning-record';

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
