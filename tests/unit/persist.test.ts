import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileScenario } from '../../src/scenarios/compile';
import { loadProgress, progressKey, saveProgress, type KeyValueStore } from '../../src/scenarios/persist';
import { snapshotFits } from '../../src/scenarios/restore';
import { parseScenario } from '../../src/scenarios/validate';

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
}

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const mini = parseScenario(parseYaml(readFileSync(new URL('./fixtures/mini-scenario.yaml', import.meta.url), 'utf8')), 'mini', guidance);
const machine = compileScenario(mini);
const fits = (s: unknown) => snapshotFits(mini, machine, s);

function midway() {
  const actor = createActor(machine).start();
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', option: 'call' });
  return actor.getPersistedSnapshot();
}

describe('saved progress', () => {
  it('round-trips a snapshot for the same version', () => {
    const store = new MemoryStore();
    expect(saveProgress(store, 'mini', 'v1', midway())).toBe(true);
    const result = loadProgress(store, 'mini', 'v1', fits);
    expect(result.status).toBe('restored');
    const actor = createActor(machine, { snapshot: (result as unknown as { snapshot: never }).snapshot }).start();
    expect(actor.getSnapshot().value).toEqual({ decide: 'answered-call' });
  });

  it('discards a corrupt entry with a notice and leaves other entries alone', () => {
    const store = new MemoryStore();
    store.setItem(progressKey('mini'), '{not json');
    store.setItem(progressKey('other'), 'kept');
    store.setItem('hct:learning', '{"keep":true}');
    const result = loadProgress(store, 'mini', 'v1', fits);
    expect(result).toMatchObject({ status: 'discarded' });
    expect((result as { notice: string }).notice).toMatch(/could not be read/);
    expect(store.getItem(progressKey('mini'))).toBeNull();
    expect(store.getItem(progressKey('other'))).toBe('kept');
    expect(store.getItem('hct:learning')).toBe('{"keep":true}');
  });

  it('discards progress saved for an older version of the scenario', () => {
    const store = new MemoryStore();
    saveProgress(store, 'mini', 'v1', midway());
    expect(loadProgress(store, 'mini', 'v2', fits)).toMatchObject({ status: 'discarded', notice: expect.stringMatching(/updated/) });
  });

  it('discards a well-formed entry whose state the machine does not have', () => {
    const store = new MemoryStore();
    const snap = midway() as unknown as { value: unknown };
    saveProgress(store, 'mini', 'v1', { ...snap, value: { 'no-such-step': 'open' } });
    expect(loadProgress(store, 'mini', 'v1', fits)).toMatchObject({ status: 'discarded', notice: expect.stringMatching(/did not match/) });
    saveProgress(store, 'mini', 'v1', { ...snap, context: { flags: 'x' } });
    expect(loadProgress(store, 'mini', 'v1', fits).status).toBe('discarded');
  });

  it('treats a missing entry as nothing saved', () => {
    expect(loadProgress(new MemoryStore(), 'mini', 'v1', fits)).toEqual({ status: 'none' });
  });

  it('reports a store that refuses to save', () => {
    const full: KeyValueStore = { getItem: () => null, removeItem: () => {}, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveProgress(full, 'mini', 'v1', midway())).toBe(false);
  });
});

describe('odd saved progress is rejected', () => {
  const base = () => JSON.parse(JSON.stringify(midway())) as { value: unknown; status: string; context: { answers: Record<string, any>; history: string[]; flags: unknown[] } };
  it('accepts a real snapshot', () => expect(fits(base())).toBe(true));
  it('an answered state whose recorded choice is not an option', () => {
    const s = base(); s.context.answers.decide.choice = 'nope';
    expect(fits(s)).toBe(false);
  });
  it('an answered state with no answer recorded', () => {
    const s = base(); delete s.context.answers.decide;
    expect(fits(s)).toBe(false);
  });
  it('a finished status on a step that is not a debrief', () => {
    const s = base(); s.status = 'done';
    expect(fits(s)).toBe(false);
  });
  it('a history that does not end at the current step, or flags that are not strings', () => {
    const s = base(); s.context.history = ['intro'];
    expect(fits(s)).toBe(false);
    const t = base(); t.context.flags = [1];
    expect(fits(t)).toBe(false);
  });
});
