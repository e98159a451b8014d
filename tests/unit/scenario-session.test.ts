// The session lifecycle with an in-memory store: restore, save, restart, back and change, jump,
// complete, two tabs, and saved progress that cannot be resumed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { memoryStore, storageFull } from '../../src/shared/storage';
import { createSession, IDLE_CAP_MS, openSession, type SessionOptions } from '../../src/scenarios/session';
import { parseSavedProgress } from '../../src/scenarios/progress-shape';
import { notices, progressKey } from '../../src/scenarios/progress';
import { parseScenario } from '../../src/scenarios/validate';
import { learningKey } from '../../src/learning/record';
import type { ScenarioEvent } from '../../src/scenarios/machine';

const guidance = new Map([['making-a-referral', new Set(['child-in-need'])]]);
const scenario = parseScenario(parseYaml(readFileSync(new URL('./fixtures/mini-scenario.yaml', import.meta.url), 'utf8')), 'mini', { guidance });
const key = progressKey('mini');

/** A clock that stands still until moved on. */
function clock(start = Date.parse('2026-03-01T10:00:00Z')) {
  let t = start;
  return Object.assign(() => new Date(t), { advance: (ms: number) => void (t += ms) });
}
const open = (store: ReturnType<typeof memoryStore> | null, extra: Partial<SessionOptions> = {}) =>
  createSession({ scenarioId: 'mini', scenario, version: 'v1', store, now: clock(), random: () => 0.25, parseSaved: parseSavedProgress, ...extra });

const toEnd: ScenarioEvent[] = [
  { type: 'CONTINUE' }, { type: 'CHOOSE', option: 'call' }, { type: 'CONTINUE' },
  { type: 'CHOOSE', option: 'safeguarding' }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'select', selected: ['marf', 'record'] } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'sort', placements: { s1: 'fact', s2: 'opinion', s3: 'fact' } } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'scale', value: 3, reason: 'Because' } }, { type: 'CONTINUE' },
  { type: 'SUBMIT', submission: { kind: 'write', text: 'Record', checked: ['0'] } }, { type: 'CONTINUE' },
];
const learning = (store: ReturnType<typeof memoryStore>) => JSON.parse(store.getItem(learningKey) ?? 'null');

describe('a session', () => {
  it('starts at the first step and saves nothing until the learner acts', () => {
    const store = memoryStore();
    const s = open(store);
    expect(s.view()).toMatchObject({ step: { id: 'intro' }, notice: null, conflict: false, atEnding: false });
    expect(store.getItem(key)).toBeNull();
    s.send({ type: 'CONTINUE' });
    expect(JSON.parse(store.getItem(key)!)).toMatchObject({ format: 2, version: 'v1', revision: 1, status: 'active', position: { step: 'decide', sub: 'open' } });
  });

  it('restores the place, the answers and the option order after a reload', () => {
    const store = memoryStore();
    const first = open(store);
    for (const e of toEnd.slice(0, 4)) first.send(e);
    const again = open(store, { random: () => 0.9 });
    expect(again.view()).toMatchObject({ step: { id: 'level' }, sub: 'answered', notice: null });
    expect(again.view().context.seed).toBe(first.view().context.seed);
    expect(again.view().context.answers.decide).toMatchObject({ choice: 'call', rating: 'best' });
  });

  it('ignores events that change nothing (no save, no time counted)', () => {
    const store = memoryStore();
    const s = open(store);
    s.send({ type: 'CHOOSE', option: 'call' }); // not a question step
    expect(store.getItem(key)).toBeNull();
  });

  it('goes back and changes an answer, keeping the first for the debrief', () => {
    const s = open(memoryStore());
    for (const e of toEnd.slice(0, 4)) s.send(e);
    s.send({ type: 'BACK' });
    s.send({ type: 'CHANGE' });
    s.send({ type: 'CHOOSE', option: 'wait' });
    expect(s.view().context.firstAnswers.decide?.choice).toBe('call');
    expect(s.view().context.answers.decide?.choice).toBe('wait');
  });

  it('jumps to a visited step', () => {
    const s = open(memoryStore());
    for (const e of toEnd.slice(0, 6)) s.send(e);
    s.send({ type: 'JUMP', step: 'decide' });
    expect(s.view()).toMatchObject({ step: { id: 'decide' }, sub: 'answered' });
  });

  it('records a completion played from the start, once, with the time spent', async () => {
    const store = memoryStore();
    const now = clock();
    const s = open(store, { now });
    for (const e of toEnd) { now.advance(60_000); s.send(e); }
    expect(s.view()).toMatchObject({ atEnding: true, completion: 'recorded', step: { id: 'end-safe' } });
    await s.recorded();
    const record = learning(store);
    expect(record.scenarios).toHaveLength(1);
    expect(record.scenarios[0]).toMatchObject({ id: 'mini', outcome: 'Safe', seconds: 60 * toEnd.length });
    s.send({ type: 'BACK' });
    s.send({ type: 'CONTINUE' });
    await s.recorded();
    expect(learning(store).scenarios).toHaveLength(1);
    expect(open(store).view().completion).toBe('recorded'); // after a reload, still counted once
  });

  it('counts a long pause as a few minutes', async () => {
    const store = memoryStore();
    const now = clock();
    const s = open(store, { now });
    for (const e of toEnd) { now.advance(60 * 60_000); s.send(e); }
    await s.recorded();
    expect(learning(store).scenarios[0].seconds).toBe((IDLE_CAP_MS / 1000) * toEnd.length);
  });

  it('opens with the saved-progress check loaded only when something is saved', async () => {
    const store = memoryStore();
    const first = await openSession({ scenarioId: 'mini', scenario, version: 'v1', store });
    for (const e of toEnd.slice(0, 2)) first.send(e);
    const again = await openSession({ scenarioId: 'mini', scenario, version: 'v1', store });
    expect(again.view()).toMatchObject({ step: { id: 'decide' }, sub: 'answered' });
  });

  it('does not count an ending reached from a link to a later step', () => {
    const store = memoryStore();
    const s = open(store);
    s.restart({ at: 'write' });
    expect(s.view()).toMatchObject({ step: { id: 'write' }, sub: 'open' });
    s.send({ type: 'SUBMIT', submission: { kind: 'write', text: 'x', checked: [] } });
    s.send({ type: 'CONTINUE' });
    expect(s.view()).toMatchObject({ atEnding: true, completion: 'not-counted' });
    expect(store.getItem(learningKey)).toBeNull();
  });

  it('restarts with a new order and nothing answered', () => {
    let r = 0.1;
    const s = open(memoryStore(), { random: () => (r += 0.2) });
    for (const e of toEnd.slice(0, 4)) s.send(e);
    const seed = s.view().context.seed;
    expect(s.restart()).toBe('restarted');
    expect(s.view()).toMatchObject({ step: { id: 'intro' }, context: { answers: {}, history: ['intro'] } });
    expect(s.view().context.seed).not.toBe(seed);
  });

  it('works without storage, saying so', () => {
    const s = open(null);
    s.send({ type: 'CONTINUE' });
    expect(s.view().step.id).toBe('decide');
    expect(s.view().notice).toMatch(/does not let the site use its storage/);
  });
});

describe('storage full', () => {
  it('says the progress could not be kept, carries on, and leaves what was saved before as it was', async () => {
    const store = memoryStore();
    const s = open(store);
    s.send(toEnd[0]!);
    const saved = store.getItem(key);
    const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    store.setItem = full;
    s.send(toEnd[1]!);
    expect(s.view().notice).toContain(storageFull('your progress'));
    expect(s.view().context.answers.decide).toMatchObject({ choice: 'call' });
    expect(store.getItem(key)).toBe(saved);
  });
});

describe('two tabs', () => {
  it('"Start again" in one tab does not silently wipe progress the other saved', () => {
    const store = memoryStore();
    const a = open(store);
    const b = open(store);
    for (const e of toEnd.slice(0, 4)) b.send(e); // tab B plays on
    expect(a.restart()).toBe('conflict');
    expect(a.view().conflict).toBe(true);
    expect(JSON.parse(store.getItem(key)!).position.step).toBe('level'); // B's progress is still there
    expect(a.restart({ force: true })).toBe('restarted');
    expect(JSON.parse(store.getItem(key)!).position.step).toBe('intro');
  });

  it('a tab whose progress was replaced elsewhere stops saving until the learner chooses', async () => {
    const store = memoryStore();
    const a = open(store);
    for (const e of toEnd.slice(0, 4)) a.send(e);
    const b = open(store);
    b.restart({ force: true });
    a.refresh();
    expect(a.view().conflict).toBe(true);
    a.send({ type: 'CONTINUE' });
    expect(JSON.parse(store.getItem(key)!).position.step).toBe('intro'); // B's restart is kept
    await a.loadOtherTab();
    expect(a.view()).toMatchObject({ conflict: false, step: { id: 'intro' } });
    const c = open(store);
    c.send({ type: 'CONTINUE' });
    a.send({ type: 'CONTINUE' });
    expect(a.view().conflict).toBe(true);
    a.keepThisTab();
    expect(JSON.parse(store.getItem(key)!).revision).toBeGreaterThan(2);
    expect(a.view().conflict).toBe(false);
  });
});

describe('saved progress that cannot be resumed is discarded with a notice', () => {
  const saved = () => {
    const store = memoryStore();
    const s = open(store);
    for (const e of toEnd.slice(0, 4)) s.send(e);
    return { store, entry: JSON.parse(store.getItem(key)!) };
  };
  const reopen = (store: ReturnType<typeof memoryStore>, entry: unknown) => {
    store.setItem(key, typeof entry === 'string' ? entry : JSON.stringify(entry));
    store.setItem('hct:other', 'kept');
    const s = open(store);
    return { view: s.view(), stored: store.getItem(key), other: store.getItem('hct:other') };
  };
  it.each([
    ['a status it cannot resume', (e: Record<string, unknown>) => ({ ...e, status: 'stopped' }), notices.cannotResume],
    ['another version of the scenario', (e: Record<string, unknown>) => ({ ...e, version: 'v0' }), notices.updated],
    ['the earlier format', () => ({ format: 1, version: 'v1', snapshot: { status: 'active' } }), notices.updated],
    ['a damaged shape', (e: Record<string, unknown>) => ({ ...e, revision: 'two' }), notices.damaged],
    ['a step the scenario does not have', (e: Record<string, unknown>) => ({ ...e, position: { step: 'gone' } }), notices.mismatch],
    ['not JSON', () => '{"format":2,', notices.unreadable],
  ])('%s', (_, change, notice) => {
    const { store, entry } = saved();
    const r = reopen(store, change(entry));
    expect(r.view).toMatchObject({ notice, step: { id: 'intro' } });
    expect(r.stored).toBeNull();
    expect(r.other).toBe('kept');
  });
  it('a saved rating is never trusted: it is worked out again from the scenario', () => {
    const { store, entry } = saved();
    entry.context.answers.decide.rating = 'unsafe';
    const r = reopen(store, entry);
    expect(r.view.context.answers.decide?.rating).toBe('best');
  });
});
