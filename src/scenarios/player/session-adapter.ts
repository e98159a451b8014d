// The one place the player touches the engine's lifecycle. The engine's session module
// (../session.ts) does restore, save, answer, back, answer again, start again, start from a link,
// the two-tab check and the completion; this file turns its view into what the island renders and
// its events into the island's actions.
import { browserStore, type KeyValueStore } from '../../shared/storage';
import { describeAnswer } from '../debrief';
import type { Answer, ScenarioContext } from '../machine';
import { own, type Scenario, type Step } from '../model';
import { progressKey } from '../progress';
import type { Submission } from '../rating';
import { openSession, type ScenarioSession } from '../session';

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
  /** Why the last completion was not recorded, progress discarded, storage refused. */
  notice: string | null;
  /** Another tab saved this scenario since this one did: nothing is saved until the learner chooses. */
  conflict: boolean;
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

const linkNotice = 'You reached this ending from a link to a later step, so it is not added to My learning. Start again to play it through.';

/** Earlier answers at a step, in words: the first one (kept by the engine) and, while answering again, the one being replaced. */
function earlierAt(scenario: Scenario, context: ScenarioContext, stepId: string, open: boolean): string[] {
  const words = [own(context.firstAnswers, stepId), open ? own(context.answers, stepId) : undefined]
    .map((a) => describeAnswer(scenario, a))
    .filter((w): w is string => !!w);
  const current = open ? undefined : describeAnswer(scenario, own(context.answers, stepId));
  return [...new Set(words)].filter((w) => w !== current);
}

export async function createPlayerSession({ scenarioId, scenario, version, store = browserStore(), now }: SessionOptions): Promise<PlayerSession> {
  const session: ScenarioSession = await openSession({ scenarioId, scenario, version, store, now });
  const first = session.view();
  // Restored progress goes straight to the step; a new attempt shows the start screen first.
  let started = first.context.history.length > 1 || first.sub === 'answered';

  const view = (): PlayerView => {
    const v = session.view();
    const phase: Phase = v.atEnding ? 'ended' : v.sub ?? 'open';
    const earlierByStep = Object.fromEntries(v.context.history.map((id) => [id, earlierAt(scenario, v.context, id, id === v.step.id && phase === 'open')]));
    return {
      step: v.step, phase, context: v.context, answer: own(v.context.answers, v.step.id),
      earlier: earlierByStep[v.step.id] ?? [], earlierByStep, started,
      notice: v.completion === 'not-counted' ? linkNotice : v.notice,
      conflict: v.conflict,
    };
  };

  return {
    key: progressKey(scenarioId),
    view,
    subscribe: (listener) => session.subscribe(() => listener()),
    start() {
      started = true;
      session.restart({ force: true }); // a fresh attempt starts its clock now
    },
    choose: (option) => session.send({ type: 'CHOOSE', option }),
    submit: (submission) => session.send({ type: 'SUBMIT', submission }),
    next: () => session.send({ type: 'CONTINUE' }),
    back: () => session.send({ type: 'BACK' }),
    backTo: (stepId) => session.send({ type: 'JUMP', step: stepId }),
    retry: () => session.send({ type: 'CHANGE' }),
    // Starting again here is the learner's choice; another tab that saved meanwhile is told when it
    // next saves (its progress stays in that tab, with "Keep my progress here").
    restart: () => void session.restart({ force: true }),
    startAt(stepId) {
      started = true;
      session.restart({ at: stepId, force: true });
    },
    reload: () => void session.loadOtherTab(),
    keepMine: () => session.keepThisTab(),
  };
}
