import { describe, expect, it } from 'vitest';
import {
  addReflection,
  clearLearningRecord,
  emptyRecord,
  rawLearningRecord,
  recordBriefing,
  learningKey,
  mergeRecords,
  parseImport,
  readLearningRecord,
  recordCompletedScenario,
  replaceLearningRecord,
  updateLearningRecord,
} from '../../../src/learning/record';
import type { Result } from '../../../src/shared/errors';
import { memoryStore, storageFull, storageRefused, type KeyValueStore } from '../../../src/shared/storage';

const store = (init?: string) => memoryStore(init === undefined ? {} : { [learningKey]: init });
const entry = { id: 's', title: 'S', completedAt: '2026-11-22T00:00:00Z', outcome: 'Safe', path: [] };
/** The error message of a failed result (the test fails if it succeeded). */
const problem = <T>(r: Result<T>): string => {
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.message;
};
const refusing: KeyValueStore = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
  removeItem: () => undefined,
};

describe('learning record', () => {
  it('starts empty and records a completed scenario', () => {
    const s = store();
    expect(recordCompletedScenario(s, entry).ok).toBe(true);
    const r = readLearningRecord(s);
    expect(r.ok && r.value.scenarios).toEqual([entry]);
  });
  it('reports a corrupt record and does not overwrite it', () => {
    const s = store('{oops');
    expect(problem(recordCompletedScenario(s, entry))).toMatch(/could not be read/);
    expect(s.data.get(learningKey)).toBe('{oops');
  });
  it('reports a record of the wrong shape', () => {
    expect(problem(readLearningRecord(store('{"format":1,"scenarios":{}}')))).toMatch(/damaged: its scenarios list is missing or not a list/);
  });
  it('says the one thing when the browser refuses storage, reading or writing, or has none', () => {
    const words = storageRefused('your learning record');
    expect(problem(readLearningRecord(refusing))).toBe(words);
    expect(problem(readLearningRecord(null))).toBe(words);
    expect(problem(recordCompletedScenario(null, entry))).toBe(words);
    const readOnly = { ...store(), setItem: refusing.setItem };
    expect(problem(updateLearningRecord(readOnly, (r) => r))).toBe(words);
    expect(problem(replaceLearningRecord(refusing, emptyRecord()))).toBe(words);
  });
  it('says the storage is full when it is, and leaves the stored record as it was', () => {
    const before = JSON.stringify({ ...emptyRecord(), scenarios: [entry] });
    const s = store(before);
    const full = { ...s, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    expect(problem(recordCompletedScenario(full, { ...entry, id: 't' }))).toBe(storageFull('this change to your learning record'));
    expect(problem(updateLearningRecord(full, (r) => addReflection(r, 'New')))).toBe(storageFull('this change to your learning record'));
    expect(s.data.get(learningKey)).toBe(before);
  });
  it('keeps fields it does not know when it saves the record again', () => {
    const s = store(JSON.stringify({ ...emptyRecord(), scenarios: [{ ...entry, minutes: 12 }] }));
    recordCompletedScenario(s, { ...entry, id: 't' });
    expect(JSON.parse(s.data.get(learningKey)!).scenarios[0].minutes).toBe(12);
  });
});

describe('import and merge', () => {
  it('rejects a file that is not JSON, not a record, or has damaged entries, saying why', () => {
    expect(problem(parseImport('hello'))).toMatch(/not valid JSON/);
    expect(problem(parseImport('{"a":1}'))).toMatch(/format is not recognised/);
    expect(problem(parseImport('[]'))).toMatch(/format is not recognised/);
    expect(problem(parseImport('{"format":1,"scenarios":[{"id":"x"}],"briefings":[],"reflections":[]}'))).toMatch(/Completed scenario 1 is missing/);
    expect(problem(parseImport('{"format":1,"scenarios":[],"briefings":[{"slug":"a"}],"reflections":[]}'))).toMatch(/Briefing 1 is missing its name or date/);
    expect(problem(parseImport('{"format":1,"scenarios":[],"briefings":[],"reflections":[{},{}]}'))).toMatch(/Reflection 1 is missing its text or date/);
  });
  it('merges without duplicating entries', () => {
    const a = { ...emptyRecord(), scenarios: [entry] };
    const b = { ...emptyRecord(), scenarios: [entry, { ...entry, id: 't' }] };
    const { record, added } = mergeRecords(a, b);
    expect(record.scenarios.map((s) => s.id)).toEqual(['s', 't']);
    expect(added).toBe(1);
  });
});

describe('damaged entries and concurrent changes', () => {
  it('rejects an import whose path steps are damaged, and reports such a stored record as damaged', () => {
    const bad = '{"format":1,"scenarios":[{"id":"a","title":"t","completedAt":"x","outcome":"o","path":[null]}],"briefings":[],"reflections":[]}';
    expect(problem(parseImport(bad))).toMatch(/Step 1 of completed scenario 1 is damaged/);
    expect(problem(readLearningRecord(store(bad)))).toMatch(/damaged/);
  });
  it('applies a change to the stored record, keeping what another tab added', () => {
    const s = store();
    recordCompletedScenario(s, entry); // another tab finishes a scenario
    const r = updateLearningRecord(s, (rec) => ({ ...rec, reflections: [...rec.reflections, { id: 'r1', text: 'x', writtenAt: 'now' }] }));
    expect(r.ok && r.value.scenarios).toEqual([entry]);
    expect(r.ok && r.value.reflections.length).toBe(1);
  });
});

describe('reading again after a change (large records stay fast)', () => {
  it('sees what another tab wrote after this page saved, and a record damaged since', () => {
    const s = store();
    const mine = updateLearningRecord(s, (r) => addReflection(r, 'Mine'));
    expect(mine.ok).toBe(true);
    // Another tab replaces the stored text.
    const theirs = { ...emptyRecord(), reflections: [{ id: 'x', text: 'From the other tab', writtenAt: '2026-11-22T10:00:00Z' }] };
    s.data.set(learningKey, JSON.stringify(theirs));
    const after = updateLearningRecord(s, (r) => addReflection(r, 'Then mine'));
    expect(after.ok && after.value.reflections.map((r) => r.text)).toEqual(['From the other tab', 'Then mine']);
    s.data.set(learningKey, '{"format":1,"scenarios":"no"}');
    expect(problem(readLearningRecord(s))).toMatch(/damaged/);
  });
  it('reads a written record with duplicate ids the way it is stored: the duplicate renamed', () => {
    const s = store();
    const twice = { ...emptyRecord(), reflections: [{ id: 'r1', text: 'a', writtenAt: 'x' }, { id: 'r1', text: 'b', writtenAt: 'y' }] };
    replaceLearningRecord(s, twice);
    const r = readLearningRecord(s);
    expect(r.ok && r.value.reflections.map((x) => x.id)).toEqual(['r1', 'r1-2']);
  });
  it('deletes one of 20,000 reflections, keeping the other 19,999', () => {
    const many = { ...emptyRecord(), reflections: Array.from({ length: 20_000 }, (_, i) => ({ id: `r${i}`, text: `Reflection ${i}`, writtenAt: '2026-01-01T00:00:00Z' })) };
    const s = store(JSON.stringify(many));
    expect(readLearningRecord(s).ok).toBe(true);
    const r = updateLearningRecord(s, (rec) => ({ ...rec, reflections: rec.reflections.filter((x) => x.id !== 'r7') }));
    const stored = readLearningRecord(store(s.data.get(learningKey)));
    expect(r.ok && r.value.reflections.length).toBe(19_999);
    expect(stored.ok && stored.value.reflections.some((x) => x.id === 'r7')).toBe(false);
    expect(stored.ok && stored.value.reflections.length).toBe(19_999);
  });
});

describe('reflection ids (the same-id data loss)', () => {
  it('keeps a reflection whose id clashes with an imported one apart from it, so one delete removes one', () => {
    const mine = { id: 'r1', text: 'Mine, written here.', writtenAt: '2026-11-22T10:00:00Z' };
    const theirs = { id: 'r1', text: 'Imported from another device.', writtenAt: '2026-11-21T09:00:00Z' };
    const s = store(JSON.stringify({ ...emptyRecord(), reflections: [mine] }));
    updateLearningRecord(s, (current) => mergeRecords(current, { ...emptyRecord(), reflections: [theirs] }).record);
    const merged = readLearningRecord(s);
    const ids = merged.ok ? merged.value.reflections.map((r) => r.id) : [];
    expect(new Set(ids).size).toBe(2);
    updateLearningRecord(s, (current) => ({ ...current, reflections: current.reflections.filter((r) => r.id !== 'r1') }));
    const after = readLearningRecord(s);
    expect(after.ok && after.value.reflections.map((r) => r.text)).toEqual(['Imported from another device.']);
  });
});

describe('ids, formats, briefings and clearing', () => {
  it('reads a stored record that already holds two reflections with one id as two ids, the same way each time', () => {
    const twice = { ...emptyRecord(), reflections: [{ id: 'r1', text: 'a', writtenAt: 'x' }, { id: 'r1', text: 'b', writtenAt: 'y' }] };
    const ids = () => { const r = readLearningRecord(store(JSON.stringify(twice))); return r.ok ? r.value.reflections.map((x) => x.id) : []; };
    expect(ids()).toEqual(['r1', 'r1-2']);
    expect(ids()).toEqual(ids());
  });
  it('skips an imported reflection already here (same text and date), whatever its id', () => {
    const mine = { id: 'a', text: 'Same', writtenAt: '2026-11-22T10:00:00Z' };
    const { record, added } = mergeRecords({ ...emptyRecord(), reflections: [mine] }, { ...emptyRecord(), reflections: [{ ...mine, id: 'b' }, mine] });
    expect(record.reflections).toEqual([mine]);
    expect(added).toBe(0);
  });
  it('gives a new reflection an id no other has', () => {
    let r = emptyRecord();
    for (let i = 0; i < 50; i++) r = addReflection(r, `r${i}`);
    expect(new Set(r.reflections.map((x) => x.id)).size).toBe(50);
  });
  it('says a record or file from a newer version is newer, not that it is not a record', () => {
    const newer = JSON.stringify({ format: 2, entries: [] });
    expect(problem(readLearningRecord(store(newer)))).toMatch(/newer version of this site \(format 2\)/);
    expect(problem(parseImport(newer))).toMatch(/exported by a newer version of this site \(format 2\)/);
    expect(problem(parseImport(newer))).not.toMatch(/not a learning record/);
  });
  it('records a briefing read or used in a team meeting once a day each', () => {
    const s = store();
    const day = new Date('2026-11-22T10:00:00Z');
    recordBriefing(s, { slug: 'b', title: 'B', use: 'read', minutes: 6 }, day);
    recordBriefing(s, { slug: 'b', title: 'B', use: 'read', minutes: 6 }, day);
    recordBriefing(s, { slug: 'b', title: 'B', use: 'team', minutes: 6 }, day);
    const r = readLearningRecord(s);
    expect(r.ok && r.value.briefings.map((b) => b.use)).toEqual(['read', 'team']);
  });
  it('clears, or says it could not when storage refuses', () => {
    const s = store(JSON.stringify(emptyRecord()));
    expect(clearLearningRecord(s).ok).toBe(true);
    expect(s.data.has(learningKey)).toBe(false);
    const throwing = { ...store('{}'), removeItem: () => { throw new Error('SecurityError'); } };
    expect(problem(clearLearningRecord(throwing))).toMatch(/could not be cleared/);
    expect(problem(clearLearningRecord(null))).toMatch(/could not be cleared/);
  });
  it('reads the damaged text afresh for download, and says so when storage refuses', () => {
    expect(rawLearningRecord(store('{oops'))).toEqual({ ok: true, value: '{oops' });
    expect(problem(rawLearningRecord(refusing))).toMatch(/nothing to download/);
  });
});
