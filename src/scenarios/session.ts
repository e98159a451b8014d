// One learner's attempt at one scenario: the machine's actor, saved progress, restart, back and
// change, jump, and completion. The player only renders a session's view and sends it events.
// Unit-tested with memoryStore() (tests/unit/scenario-session.test.ts).
// Zod (the saved-progress shape) and the learning record are loaded with dynamic imports, only when
// there is saved progress to check or a completion to record, to keep the page's JavaScript small.
import { createActor, type Actor } from 'xstate';
import { storageRefused, type KeyValueStore } from '../shared/storage';
import { atEnding, compileScenario, initialContext, positionOf, type ScenarioContext, type ScenarioEvent, type ScenarioMachine, type ScenarioSnapshot } from './machine';
import { own, stepMap, type Scenario, type Step } from './model';
import {
  checkShape, clearProgress, readRaw, rederive, storedRevision as revisionIn, unusableReason, writeProgress,
  type ReadResult, type SavedProgress,
} from './progress';
import type { parseSavedProgress } from './progress-shape';

type ParseSaved = typeof parseSavedProgress;
const loadParser = async (): Promise<ParseSaved> => (await import('./progress-shape')).parseSavedProgress;
import { takenPath } from './debrief';
import { newSeed } from './shuffle';

/** A pause longer than this counts as this long in the time spent (the learner was away). */
export const IDLE_CAP_MS = 5 * 60 * 1000;

export interface SessionOptions {
  scenarioId: string;
  scenario: Scenario;
  /** The scenario's content hash: progress saved for another version is discarded. */
  version: string;
  /** Where progress and the learning record are kept; null when the browser refuses storage. */
  store: KeyValueStore | null;
  /** Clock and randomness, for tests. */
  now?: () => Date;
  random?: () => number;
}

/** What the player shows. */
export interface SessionView {
  step: Step;
  /** For question steps: `open` (the form) or `answered` (the feedback). */
  sub?: 'open' | 'answered';
  context: ScenarioContext;
  /** At a debrief. */
  atEnding: boolean;
  /** A message for the learner (progress discarded, storage refused, completion not recorded). */
  notice: string | null;
  /** Another tab saved progress in this scenario since this one last did: nothing is saved until the learner chooses. */
  conflict: boolean;
  /** The attempt's completion: recorded in My learning, or not counted because it did not start at the beginning. */
  completion: 'recorded' | 'not-counted' | null;
}

export interface ScenarioSession {
  readonly machine: ScenarioMachine;
  view(): SessionView;
  subscribe(listener: (view: SessionView) => void): () => void;
  /** CHOOSE, SUBMIT, CONTINUE, BACK, CHANGE (answer this step again), JUMP (to a step on the path). */
  send(event: ScenarioEvent): void;
  /** Starts a new attempt, at the first step or `at` (a step the learner followed a link to; such an attempt is not counted as completed). Returns 'conflict', changing nothing, when another tab has saved progress this tab has not seen, unless `force`. */
  restart(options?: { at?: string; force?: boolean }): 'restarted' | 'conflict';
  /** Resolves a conflict: this tab's progress replaces the other tab's. */
  keepThisTab(): void;
  /** Resolves a conflict: loads the other tab's progress here. */
  loadOtherTab(): Promise<void>;
  /** Looks at storage again (call on the window's `storage` event): flags a conflict when another tab saved. */
  refresh(): void;
  stop(): void;
  /** Resolves once a completion has been written to My learning (it is written in the background). */
  recorded(): Promise<void>;
}

/** Opens a session, checking saved progress first (the check's code is loaded only when something is saved). */
export async function openSession(options: SessionOptions): Promise<ScenarioSession> {
  const saved = options.store && readRaw(options.store, options.scenarioId).kind === 'raw' ? await loadParser() : undefined;
  return createSession({ ...options, parseSaved: saved });
}

/**
 * A session, synchronously: `parseSaved` (parseSavedProgress from progress-shape.ts) checks saved
 * progress; without it saved progress is left alone and the attempt starts afresh (openSession
 * passes it whenever something is saved).
 */
export function createSession(options: SessionOptions & { parseSaved?: ParseSaved }): ScenarioSession {
  const { scenarioId, scenario, version, store } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const machine = compileScenario(scenario);
  const steps = stepMap(scenario);
  const listeners = new Set<(view: SessionView) => void>();

  const notKept = ' You can carry on, but it will not be kept if you leave the page.';
  let notice: string | null = store ? null : `${storageRefused('your progress')}${notKept}`;
  let conflict = false;
  let completion: SessionView['completion'] = null;
  let revision = 0;
  let attempt = { startedAt: now().toISOString(), activeMs: 0, fromStart: true, completedAt: undefined as string | undefined };
  let lastActivity = now().getTime();
  let running: Actor<ScenarioMachine> | null = null;
  const actor = () => running!;

  const fresh = (at?: string) => {
    const seed = newSeed(random);
    if (!at || at === scenario.start) return createActor(machine, { input: { seed } });
    const step = steps.get(at)!;
    const context = { ...initialContext(seed), history: [at] };
    const value = step.kind === 'narrative' || step.kind === 'debrief' ? at : { [at]: 'open' };
    return createActor(machine, { input: { seed }, snapshot: machine.resolveState({ value, context }) });
  };

  const restore = (saved: SavedProgress) => {
    const rederived = (answers: ScenarioContext['answers']) =>
      Object.fromEntries(Object.entries(answers).flatMap(([id, a]) => { const r = rederive(scenario, a); return r ? [[id, r]] : []; }));
    const answers = rederived(saved.context.answers);
    const context: ScenarioContext = { ...saved.context, answers, firstAnswers: rederived(saved.context.firstAnswers),
      flags: [...new Set(saved.context.history.flatMap((id) => own(answers, id)?.sets ?? []))] };
    const value = saved.position.sub ? { [saved.position.step]: saved.position.sub } : saved.position.step;
    revision = saved.revision;
    attempt = { startedAt: saved.startedAt, activeMs: saved.activeMs, fromStart: saved.fromStart, completedAt: saved.completedAt };
    completion = saved.completedAt ? 'recorded' : null;
    return createActor(machine, { input: { seed: context.seed }, snapshot: machine.resolveState({ value, context }) });
  };

  let parseSaved = options.parseSaved;
  /** The revision in storage now (0: nothing saved), or null without storage. */
  const storedRevision = (): number | null => (store ? revisionIn(store, scenarioId) : null);

  const snapshotToSave = (snapshot: ScenarioSnapshot, rev: number): SavedProgress => {
    const { step, sub } = positionOf(snapshot.value);
    return {
      format: 2, version, revision: rev, status: 'active', ...attempt,
      position: sub ? { step, sub } : { step }, context: snapshot.context,
    };
  };

  const save = (force = false) => {
    if (!store) return;
    const stored = storedRevision();
    if (!force && stored !== null && stored !== 0 && stored !== revision) {
      conflict = true;
      return;
    }
    const next = Math.max(revision, stored ?? 0) + 1;
    const refused = writeProgress(store, scenarioId, snapshotToSave(actor().getSnapshot(), next));
    if (refused === null) revision = next;
    else notice = `${refused}${notKept}`;
  };

  /** Resolves when the last completion has been written to My learning (for tests). */
  let recording: Promise<void> = Promise.resolve();
  const complete = (snapshot: ScenarioSnapshot) => {
    if (!atEnding(snapshot) || attempt.completedAt) return;
    const played = attempt.fromStart && snapshot.context.history[0] === scenario.start;
    if (!played) { completion = 'not-counted'; return; }
    attempt.completedAt = now().toISOString();
    completion = 'recorded';
    const ending = steps.get(positionOf(snapshot.value).step);
    const entry = {
      id: scenarioId, title: scenario.title, completedAt: attempt.completedAt,
      outcome: ending?.kind === 'debrief' ? ending.outcome : '',
      seconds: Math.round(attempt.activeMs / 1000),
      path: takenPath(scenario, snapshot.context).map(({ title, answer, rating }) => ({ title, answer, rating })),
    };
    const failed = (error: string) => { notice = `This scenario is finished, but it could not be added to My learning: ${error}`; emit(); };
    if (!store) { failed('this browser does not let the site use its storage.'); return; }
    recording = import('../learning/record')
      .then(({ recordCompletedScenario }) => { const r = recordCompletedScenario(store, entry); if (!r.ok) failed(r.error.message); })
      .catch(() => failed('the page could not load the part of the site that keeps it.'));
  };

  const view = (): SessionView => {
    const snapshot = actor().getSnapshot();
    const { step, sub } = positionOf(snapshot.value);
    return { step: steps.get(step)!, sub, context: snapshot.context, atEnding: atEnding(snapshot), notice, conflict, completion };
  };
  const emit = () => { const v = view(); for (const l of listeners) l(v); };

  const start = (next: Actor<ScenarioMachine>) => {
    running?.stop();
    running = next;
    running.start();
  };

  // Restore saved progress, or start afresh (discarding, with a notice, progress that cannot be resumed).
  const raw = store ? readRaw(store, scenarioId) : { kind: 'none' as const };
  const read: ReadResult = raw.kind === 'raw' && !parseSaved ? { kind: 'none' } : checkShape(raw, parseSaved ?? (() => null));
  if (read.kind === 'saved') {
    const reason = unusableReason(scenario, version, read.saved);
    if (reason && store) { clearProgress(store, scenarioId); notice = reason; start(fresh()); }
    else start(restore(read.saved));
  } else {
    if (read.kind === 'damaged' && store) { clearProgress(store, scenarioId); notice = read.notice; }
    start(fresh());
  }

  return {
    machine,
    view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(event) {
      const before = actor().getSnapshot();
      const t = now().getTime();
      actor().send(event);
      const after = actor().getSnapshot();
      if (after === before) return; // the event did nothing here
      attempt.activeMs += Math.min(Math.max(0, t - lastActivity), IDLE_CAP_MS);
      lastActivity = t;
      complete(after);
      if (!conflict) save();
      emit();
    },
    restart({ at, force = false } = {}) {
      const stored = storedRevision();
      if (!force && stored !== null && stored !== 0 && stored !== revision) { conflict = true; emit(); return 'conflict'; }
      start(fresh(at));
      attempt = { startedAt: now().toISOString(), activeMs: 0, fromStart: !at || at === scenario.start, completedAt: undefined };
      lastActivity = now().getTime();
      conflict = false;
      completion = null;
      notice = store ? null : notice;
      save(true);
      emit();
      return 'restarted';
    },
    keepThisTab() {
      conflict = false;
      save(true);
      emit();
    },
    async loadOtherTab() {
      const parse = parseSaved ?? (parseSaved = await loadParser());
      const r = store ? checkShape(readRaw(store, scenarioId), parse) : { kind: 'none' as const };
      conflict = false;
      if (r.kind === 'saved' && !unusableReason(scenario, version, r.saved)) start(restore(r.saved));
      else notice = 'The progress saved in the other tab could not be loaded here, so this tab keeps its own.';
      lastActivity = now().getTime();
      emit();
    },
    recorded: () => recording,
    refresh() {
      const stored = storedRevision();
      if (stored !== null && stored !== 0 && stored !== revision && !conflict) { conflict = true; emit(); }
    },
    stop() {
      actor().stop();
      listeners.clear();
    },
  };
}
