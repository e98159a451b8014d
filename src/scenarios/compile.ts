// compileScenario: scenario data -> an XState v5 machine. One state per step; question steps have
// an `open` substate and one `answered` substate per way of answering, so that where the learner
// goes next depends only on the state and the flags, never on scenario-specific code.
import { assign, createMachine, type AnyStateMachine } from 'xstate';
import {
  branches, choiceOptions, conditionHolds, isChoiceStep, isSubmitStep, predecessors, stepMap,
  type Rating, type Scenario, type Step,
} from './model';
import { rateSubmission, type Submission } from './rating';

/** What the learner answered at one step (the first answer is the one kept). */
export interface Answer {
  step: string;
  /** Option id, for decision and level steps. */
  choice?: string;
  /** The submission, for select, sort, scale and write steps. */
  submission?: Submission;
  /** How safe the answer was; null for steps that are not rated. */
  rating: Rating | null;
}

export interface ScenarioContext {
  /** Flags set by the options chosen so far. */
  flags: string[];
  /** First answer per step id. */
  answers: Record<string, Answer>;
  /** Step ids in the order visited (the path). Back removes the last. */
  history: string[];
}

export type ScenarioEvent =
  | { type: 'CHOOSE'; option: string }
  | { type: 'SUBMIT'; submission: Submission }
  | { type: 'CONTINUE' }
  | { type: 'BACK' };

type Transition = { guard?: (a: { context: ScenarioContext; event: ScenarioEvent }) => boolean; target: string; actions?: unknown };

const ROOT = 'scenario';
const ref = (...path: string[]) => `#${ROOT}.${path.join('.')}`;
export const answeredState = (optionId?: string) => (optionId ? `answered-${optionId}` : 'answered');

/** Transitions into `to` that land on its answered substate when it was answered before (after Back). */
function enter(to: Step, extraGuard: (ctx: ScenarioContext) => boolean): Transition[] {
  if (isChoiceStep(to)) {
    return [
      ...choiceOptions(to).map((o) => ({
        guard: ({ context }: { context: ScenarioContext }) => extraGuard(context) && context.answers[to.id]?.choice === o.id,
        target: ref(to.id, answeredState(o.id)),
      })),
      { guard: ({ context }) => extraGuard(context), target: ref(to.id) },
    ];
  }
  if (isSubmitStep(to)) {
    return [
      { guard: ({ context }) => extraGuard(context) && !!context.answers[to.id], target: ref(to.id, answeredState()) },
      { guard: ({ context }) => extraGuard(context), target: ref(to.id) },
    ];
  }
  return [{ guard: ({ context }) => extraGuard(context), target: ref(to.id) }];
}

export function compileScenario(scenario: Scenario): AnyStateMachine {
  const steps = stepMap(scenario);
  const preds = predecessors(scenario);

  const forward = (next: Parameters<typeof branches>[0]): Transition[] =>
    branches(next).flatMap((b) => enter(steps.get(b.to)!, (ctx) => conditionHolds(b.when, ctx.flags)));

  // Back goes to the step visited before this one, on its answered substate.
  const popHistory = assign({ history: ({ context }: { context: ScenarioContext }) => context.history.slice(0, -1) });
  const back = (stepId: string): Transition[] =>
    (preds.get(stepId) ?? []).flatMap((p) =>
      enter(steps.get(p)!, (ctx) => ctx.history.at(-2) === p).map((t) => ({ ...t, actions: popHistory })),
    );

  const visit = (stepId: string) =>
    assign({ history: ({ context }: { context: ScenarioContext }) => (context.history.at(-1) === stepId ? context.history : [...context.history, stepId]) });

  const states: Record<string, unknown> = {};
  for (const step of scenario.steps) {
    const entry = visit(step.id);
    if (step.kind === 'debrief') {
      states[step.id] = { type: 'final', entry };
    } else if (step.kind === 'narrative') {
      states[step.id] = { entry, on: { CONTINUE: forward(step.next), BACK: back(step.id) } };
    } else if (isChoiceStep(step)) {
      const options = choiceOptions(step);
      const sub: Record<string, unknown> = {
        open: {
          on: {
            CHOOSE: options.map((o) => ({
              guard: ({ context, event }: { context: ScenarioContext; event: ScenarioEvent }) =>
                event.type === 'CHOOSE' && event.option === o.id && conditionHolds(o.when, context.flags),
              target: answeredState(o.id),
              actions: assign(({ context }: { context: ScenarioContext }) => ({
                flags: [...new Set([...context.flags, ...o.sets])],
                answers: context.answers[step.id] ? context.answers : { ...context.answers, [step.id]: { step: step.id, choice: o.id, rating: o.rating } },
              })),
            })),
          },
        },
      };
      for (const o of options) sub[answeredState(o.id)] = { on: { CONTINUE: forward(o.next ?? step.next) } };
      states[step.id] = { entry, initial: 'open', states: sub, on: { BACK: back(step.id) } };
    } else {
      states[step.id] = {
        entry,
        initial: 'open',
        states: {
          open: {
            on: {
              SUBMIT: {
                guard: ({ event }: { event: ScenarioEvent }) => event.type === 'SUBMIT' && rateSubmission(step, event.submission) !== undefined,
                target: answeredState(),
                actions: assign(({ context, event }: { context: ScenarioContext; event: ScenarioEvent }) => {
                  if (event.type !== 'SUBMIT' || context.answers[step.id]) return {};
                  const rating = rateSubmission(step, event.submission) ?? null;
                  return { answers: { ...context.answers, [step.id]: { step: step.id, submission: event.submission, rating } } };
                }),
              },
            },
          },
          [answeredState()]: { on: { CONTINUE: forward(step.next) } },
        },
        on: { BACK: back(step.id) },
      };
    }
  }

  return createMachine({
    id: ROOT,
    // Types are declared here rather than through setup() because the states are generated from data.
    types: {} as { context: ScenarioContext; events: ScenarioEvent },
    context: { flags: [], answers: {}, history: [] },
    initial: scenario.start,
    states: states as never,
  });
}
