// The one place the player touches the engine's lifecycle: restore, save, answer, back, answer
// again, start again, start from a link, and record a completion. The island renders a view and
// calls these actions; it never sees the actor. (Interim, against the v1 engine: the engine's
// session module replaces the inside of this file, see /work/wt/ENGINE-API.md.)
import { createActor, type Actor, type AnyStateMachine, type Snapshot } from 'xstate';
import { browserStore, storageRefused, type KeyValueStore } from '../../shared/storage';
import { recordCompletedScenario } from '../../learning/record';
import { compileScenario, type Answer, type ScenarioContext } from '../compile';
import { choiceOptions, isChoiceStep, stepMap, type Scenario, type Step } from '../model';
import { clearProgress, loadProgress, progressKey, saveProgress } from '../persist';
import type { Submission } from '../rating';
import { snapshotFits } from '../restore';
import { describeAnswer, takenPath } from '../review';

export type Phase = 'open' | 'answered' | 'ended';

/** What the island renders. */
export interface PlayerView {
  step: Step;
  phase: Phase;
  context: ScenarioContext;
  /** The latest answer at this step. */
  answer: Answer | undefined;
  /** Earlier answers at this step, in words, first first. */
  earlier: string[];
  /** Earlier answers at every step, in words, first first. */
  earlierByStep: Readonly<Record<string, readonly string[]>>;
  /** False until the learner presses Start (or progress is restored). */
  started: boolean;
  /** Why the last completion was not recorded, or an error recording it. */
  notice: string | null;
}

export interface PlayerActions {
  start(): void;
  choose(option: string): void;
  submit(submission: Submission): void;
  next(): void;
  back(): void;
  backTo(stepId: string): void;
  retry(): void;
  restart(): void;
  startAt(stepId: string): void;
  /** Reads progress another tab saved (after a `storage` event). */
  reload(): void;
  /** Saves this tab's progress again, over another tab's. */
  keepMine(): void;
}

export interface SessionOptions {
  scenarioId: string;
  scenario: Scenario;
  version: string;
  store?: KeyValueStore | null;
  now?: () => Date;
}

export interface PlayerSession extends PlayerActions {
  view(): PlayerView;
  subscribe(listener: () => void): () => void;
  /** The storage key this session saves under (to match `storage` events). */
  readonly key: string;
}

const noStorage = storageRefused('your progress in this scenario');

/** Only a running or finished actor can be resumed (a stopped or failed one would leave the player frozen). */
const resumable = (s: unknown): boolean =>
  !!s && typeof s === 'object' && 'status' in s && (s.status === 'active' || s.status === 'done');

function phaseOf(value: unknown, done: boolean): { stepId: string; phase: Phase } {
  if (typeof value === 'string') return { stepId: value, phase: done ? 'ended' : 'open' };
  const [stepId = '', sub = 'open'] = Object.entries(value ?? {})[0] ?? [];
  return { stepId, phase: sub === 'open' ? 'open' : 'answered' };
}

export function createPlayerSession({ scenarioId, scenario, version, store = browserStore(), now = () => new Date() }: SessionOptions): PlayerSession {
  const machine: AnyStateMachine = compileScenario(scenario);
  const steps = stepMap(scenario);
  const listeners = new Set<() => void>();
  let notice: string | null = store ? null : noStorage;
  let started = false;
  let startedAt: Date | null = null;
  let fromLink = false;
  const earlier = new Map<string, string[]>();

  const fresh = (): Actor<AnyStateMachine> => createActor(machine);
  /** Restored progress, or a fresh start with the reason saved progress was discarded. */
  function restored(): Actor<AnyStateMachine> {
    if (!store) return fresh();
    const saved = loadProgress(store, scenarioId, version, (s) => resumable(s) && snapshotFits(scenario, machine, s));
    if (saved.status === 'discarded') notice = saved.notice;
    if (saved.status !== 'restored') return fresh();
    try {
      const actor = createActor(machine, { snapshot: saved.snapshot as Snapshot<unknown> });
      started = true;
      return actor;
    } catch {
      clearProgress(store, scenarioId);
      notice = 'Your saved progress in this scenario could not be resumed, so it has been cleared and the scenario starts again.';
      return fresh();
    }
  }

  let actor = restored();
  /** Whether the actor was at an ending at the last change (an ending is recorded on arrival only). */
  let wasDone = actor.getSnapshot().status === 'done';
  let sub = actor.subscribe(changed);
  actor.start();

  function emit() {
    for (const l of listeners) l();
  }
  function context(): ScenarioContext {
    return actor.getSnapshot().context as ScenarioContext;
  }
  function changed() {
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') {
      // Never leave the learner stuck: start again, and say why.
      notice = 'Something went wrong in this scenario, so it has started again.';
      replace(fresh());
      return;
    }
    if (started && store && !saveProgress(store, scenarioId, version, actor.getPersistedSnapshot())) notice = noStorage;
    const done = snapshot.status === 'done';
    if (done && !wasDone) complete();
    wasDone = done;
    emit();
  }
  function complete() {
    const ctx = context();
    if (fromLink || ctx.history[0] !== scenario.start) {
      notice = 'You reached this ending from a link to a later step, so it is not added to My learning. Start again to play it through.';
      return;
    }
    const ending = steps.get(ctx.history.at(-1) ?? '');
    const recorded = recordCompletedScenario(store, {
      id: scenarioId,
      title: scenario.title,
      completedAt: now().toISOString(),
      ...(startedAt ? { seconds: Math.round((now().getTime() - startedAt.getTime()) / 1000) } : {}),
      outcome: ending?.kind === 'debrief' ? ending.outcome : '',
      path: takenPath(scenario, ctx).map(({ title, answer, rating }) => ({ title, answer, rating })),
    });
    if (!recorded.ok) notice = `This scenario is finished, but it could not be added to My learning: ${recorded.error.message}`;
  }
  function replace(next: Actor<AnyStateMachine>) {
    sub.unsubscribe();
    actor.stop();
    actor = next;
    wasDone = actor.getSnapshot().status === 'done';
    sub = actor.subscribe(changed);
    actor.start();
    changed();
  }
  function resolve(value: string | Record<string, string>, ctx: ScenarioContext) {
    return createActor(machine, { snapshot: machine.resolveState({ value, context: ctx }) });
  }

  const session: PlayerSession = {
    key: progressKey(scenarioId),
    view() {
      const snapshot = actor.getSnapshot();
      const { stepId, phase } = phaseOf(snapshot.value, snapshot.status === 'done');
      const ctx = context();
      return {
        step: steps.get(stepId) ?? scenario.steps[0]!,
        phase,
        context: ctx,
        answer: ctx.answers[stepId],
        earlier: earlier.get(stepId) ?? [],
        earlierByStep: Object.fromEntries(earlier),
        started,
        notice,
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      started = true;
      startedAt = now();
      changed();
    },
    choose: (option) => actor.send({ type: 'CHOOSE', option }),
    submit: (submission) => actor.send({ type: 'SUBMIT', submission }),
    next: () => actor.send({ type: 'CONTINUE' }),
    back: () => actor.send({ type: 'BACK' }),
    backTo(stepId) {
      for (let guard = context().history.length; guard > 0 && session.view().step.id !== stepId; guard--) actor.send({ type: 'BACK' });
    },
    retry() {
      const ctx = context();
      const id = session.view().step.id;
      const answer = ctx.answers[id];
      const words = describeAnswer(scenario, answer);
      if (words) earlier.set(id, [...(earlier.get(id) ?? []), words]);
      const answers = Object.fromEntries(Object.entries(ctx.answers).filter(([k]) => k !== id));
      // Flags come from the choices still on the path (the v1 engine sets flags only on choices).
      const flags = [...new Set(ctx.history.flatMap((h) => {
        const s = steps.get(h);
        const a = answers[h];
        return s && isChoiceStep(s) && a ? choiceOptions(s).find((o) => o.id === a.choice)?.sets ?? [] : [];
      }))];
      replace(resolve({ [id]: 'open' }, { ...ctx, answers, flags }));
    },
    restart() {
      if (store) clearProgress(store, scenarioId);
      notice = store ? null : noStorage;
      earlier.clear();
      fromLink = false;
      started = true;
      startedAt = now();
      replace(fresh());
    },
    startAt(stepId) {
      if (store) clearProgress(store, scenarioId);
      notice = store ? null : noStorage;
      earlier.clear();
      started = true;
      fromLink = stepId !== scenario.start;
      startedAt = now();
      replace(stepId === scenario.start ? fresh() : resolve(stepId, { flags: [], answers: {}, history: [stepId] }));
    },
    reload() {
      notice = null;
      earlier.clear();
      replace(restored());
    },
    keepMine() {
      changed();
    },
  };
  return session;
}
