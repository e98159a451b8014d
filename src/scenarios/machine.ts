// compileScenario: scenario data -> an XState v5 machine, built with setup(): typed context and
// events, and named, parameterised guards and actions that the generated states refer to. One state
// per step; a question step has an `open` and an `answered` substate (entered through `check`,
// which picks `answered` when the step was answered before, after Back). Where the learner goes
// next depends only on the data and the answers, never on scenario-specific code.
import { assign, setup, type SnapshotFrom, type StateValue } from 'xstate';
import {
  branches, choiceOptions, conditionHolds, isChoiceStep, own, predecessors,
  type ChoiceStep, type Condition, type Fit, type Next, type Rating, type Scenario, type Step, type SubmitStep,
} from './model';
import { rateSubmission, type Submission } from './rating';

/** What the learner answered at one step. */
export interface Answer {
  step: string;
  /** Option id, for decision and level steps. */
  choice?: string;
  /** The submission, for select, sort, scale and write steps. */
  submission?: Submission;
  /** How safe the answer was; null for steps that are not rated. */
  rating: Rating | null;
  /** Whether the response was the right size; null where size is not the question. */
  fit: Fit | null;
  /** Flags the answer set. */
  sets: string[];
}

export interface ScenarioContext {
  /** Seed for this attempt's option order (see shuffle.ts). */
  seed: number;
  /** Step ids from the first to the current one (the path). Back removes the last. */
  history: string[];
  /** The current answer per step; answers of steps after a changed answer are dropped. */
  answers: Record<string, Answer>;
  /** The first answer ever given per step, kept for the debrief ("you first chose X, then Y"). */
  firstAnswers: Record<string, Answer>;
  /** Flags set by the answers along the path. */
  flags: string[];
}

export type ScenarioEvent =
  | { type: 'CHOOSE'; option: string }
  | { type: 'SUBMIT'; submission: Submission }
  | { type: 'CONTINUE' }
  /** Back to the previous step on the path (shown answered). */
  | { type: 'BACK' }
  /** Answer the current, answered step again. */
  | { type: 'CHANGE' }
  /** Go to a step already on the path (shown answered). */
  | { type: 'JUMP'; step: string };

export const initialContext = (seed: number): ScenarioContext => ({ seed, history: [], answers: {}, firstAnswers: {}, flags: [] });

/** The flags set along the path. */
/** The flags set by the answers along `history` (room mode asks it for the flags before a step). */
export const flagsAlong = (history: readonly string[], answers: Record<string, Answer>): string[] =>
  [...new Set(history.flatMap((id) => own(answers, id)?.sets ?? []))];

/** Records an answer: keeps the first, drops answers of steps no longer on the path, recomputes flags. */
function withAnswer(context: ScenarioContext, answer: Answer): Partial<ScenarioContext> {
  const onPath = Object.fromEntries(context.history.filter((id) => id !== answer.step).flatMap((id) => {
    const a = own(context.answers, id);
    return a ? [[id, a]] : [];
  }));
  const answers = { ...onPath, [answer.step]: answer };
  const firstAnswers = own(context.firstAnswers, answer.step) ? context.firstAnswers : { ...context.firstAnswers, [answer.step]: answer };
  return { answers, firstAnswers, flags: flagsAlong(context.history, answers) };
}

const scenarioSetup = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    input: {} as { seed: number } | undefined,
  },
  guards: {
    /** The learner chose this option, and it is offered under the current flags. */
    offered: ({ context, event }, params: { option: string; when?: Condition }) =>
      event.type === 'CHOOSE' && event.option === params.option && conditionHolds(params.when, context.flags),
    /** The submission is a complete answer to this step. */
    complete: ({ event }, params: { step: SubmitStep }) =>
      event.type === 'SUBMIT' && rateSubmission(params.step, event.submission) !== undefined,
    /** The step was answered before. */
    answered: ({ context }, params: { step: string }) => own(context.answers, params.step) !== undefined,
    /** This route applies: the answer chose its option (if any) and its condition holds. */
    route: ({ context }, params: { step: string; option?: string; when?: Condition }) =>
      (params.option === undefined || own(context.answers, params.step)?.choice === params.option) && conditionHolds(params.when, context.flags),
    /** The step before the current one on the path is this one. */
    cameFrom: ({ context }, params: { step: string }) => context.history.at(-2) === params.step,
    /** The learner asked to go to this step, and it is on the path. */
    onPath: ({ context, event }, params: { step: string }) =>
      event.type === 'JUMP' && event.step === params.step && context.history.includes(params.step),
  },
  actions: {
    /** Adds the step to the path (once) and recomputes the flags. */
    visit: assign(({ context }, params: { step: string }) => {
      const history = context.history.at(-1) === params.step ? context.history : [...context.history, params.step];
      return { history, flags: flagsAlong(history, context.answers) };
    }),
    /** Records a choice. */
    recordChoice: assign(({ context }, params: { step: string; option: string; rating: Rating; fit: Fit; sets: string[] }) =>
      withAnswer(context, { step: params.step, choice: params.option, rating: params.rating, fit: params.fit, sets: params.sets })),
    /** Records a submission with its rating. */
    recordSubmission: assign(({ context, event }, params: { step: SubmitStep }) => {
      if (event.type !== 'SUBMIT') return {};
      const rated = rateSubmission(params.step, event.submission);
      return rated ? withAnswer(context, { step: params.step.id, submission: event.submission, ...rated }) : {};
    }),
    /** Leaves the current step: removes it from the path. */
    leave: assign(({ context }) => {
      const history = context.history.slice(0, -1);
      return { history, flags: flagsAlong(history, context.answers) };
    }),
    /** Cuts the path back to just before this step (which is then entered again). */
    cutBefore: assign(({ context }, params: { step: string }) => {
      const history = context.history.slice(0, context.history.indexOf(params.step));
      return { history, flags: flagsAlong(history, context.answers) };
    }),
  },
});

type MachineConfig = Parameters<typeof scenarioSetup.createMachine>[0];
type StateConfig = NonNullable<MachineConfig['states']>[string];
type TransitionConfig = Extract<NonNullable<NonNullable<StateConfig['on']>['CONTINUE']>, readonly unknown[]>[number];

const ROOT = 'scenario';
const target = (stepId: string) => `#${ROOT}.${stepId}`;

/** CONTINUE: the first route whose option and condition hold. */
function routes(stepId: string, next: Next | undefined, option?: string): TransitionConfig[] {
  return branches(next).map((b) => ({ guard: { type: 'route', params: { step: stepId, option, when: b.when } }, target: target(b.to) }));
}

function choiceStep(step: ChoiceStep): StateConfig {
  const options = choiceOptions(step);
  return {
    initial: 'check',
    states: {
      check: { always: [{ guard: { type: 'answered', params: { step: step.id } }, target: 'answered' }, { target: 'open' }] },
      open: {
        on: {
          CHOOSE: options.map((o) => ({
            guard: { type: 'offered', params: { option: o.id, when: o.when } },
            target: 'answered',
            actions: { type: 'recordChoice', params: { step: step.id, option: o.id, rating: o.rating, fit: o.fit, sets: o.sets } },
          })),
        },
      },
      answered: { on: { CONTINUE: options.flatMap((o) => routes(step.id, o.next ?? step.next, o.id)), CHANGE: 'open' } },
    },
  };
}

function submitStep(step: SubmitStep): StateConfig {
  return {
    initial: 'check',
    states: {
      check: { always: [{ guard: { type: 'answered', params: { step: step.id } }, target: 'answered' }, { target: 'open' }] },
      open: {
        on: { SUBMIT: { guard: { type: 'complete', params: { step } }, target: 'answered', actions: { type: 'recordSubmission', params: { step } } } },
      },
      answered: { on: { CONTINUE: routes(step.id, step.next), CHANGE: 'open' } },
    },
  };
}

function stepState(step: Step, before: readonly string[]): StateConfig {
  const body: StateConfig = step.kind === 'debrief' ? { tags: ['ending'] }
    : step.kind === 'narrative' ? { on: { CONTINUE: routes(step.id, step.next) } }
    : isChoiceStep(step) ? choiceStep(step) : submitStep(step);
  // Back: to whichever step came before this one on the path (one of the steps that lead here).
  const back = before.map((id) => ({ guard: { type: 'cameFrom' as const, params: { step: id } }, target: target(id), actions: { type: 'leave' as const } }));
  return { ...body, entry: { type: 'visit', params: { step: step.id } }, on: { ...body.on, BACK: back } };
}

/** The machine for one scenario. Its context starts from `input.seed` (see initialContext). */
export function compileScenario(scenario: Scenario) {
  const preds = predecessors(scenario);
  return scenarioSetup.createMachine({
    id: ROOT,
    // input is absent when xstate's pure transition() builds its throwaway actor: start with seed 0 then.
    context: ({ input }) => initialContext(input?.seed ?? 0),
    initial: scenario.start,
    states: Object.fromEntries(scenario.steps.map((s) => [s.id, stepState(s, preds.get(s.id) ?? [])])),
    on: {
      JUMP: scenario.steps.map((s) => ({
        guard: { type: 'onPath', params: { step: s.id } },
        target: target(s.id),
        actions: { type: 'cutBefore', params: { step: s.id } },
      })),
    },
  });
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** Where a snapshot is: the step id and, for question steps, `open` or `answered`. */
export function positionOf(value: StateValue): { step: string; sub?: 'open' | 'answered' } {
  if (typeof value === 'string') return { step: value };
  const [step, sub] = Object.entries(value)[0] ?? ['', undefined];
  return { step, sub: sub === 'open' || sub === 'answered' ? sub : undefined };
}

/** True when the snapshot is at an ending (a debrief step). */
export const atEnding = (snapshot: ScenarioSnapshot): boolean => snapshot.hasTag('ending');
