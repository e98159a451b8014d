// Room mode: a trainer runs a scenario with a group at a projector. The same machine as the player
// (compileScenario), driven by the trainer: the room's votes per option (per band, on a scale step),
// Reveal, the option (or band) the room goes with, jumping to any step. Nothing here touches storage: room mode never writes to the
// learner's record or progress on the trainer's device (no KeyValueStore is ever passed in).
import { createActor, type Actor } from 'xstate';
import { describeAnswer } from '../debrief';
import { letterOf } from '../letters';
import { atEnding, compileScenario, positionOf, type Answer, type ScenarioContext, type ScenarioMachine } from '../machine';
import { checklistItems, choiceOptions, isChoiceStep, own, stepMap, type Scenario, type Step } from '../model';
import { bandText, scaleBand, scaleBands, type Submission } from '../rating';
import { newSeed } from '../shuffle';
import { resolveText } from '../text';

/** Votes per step, per option id (scale steps: per band, below/inside/above): a hands-up count typed by the trainer. */
export type Votes = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface RoomView {
  step: Step;
  /** For question steps: `open` (voting) or `answered` (the room's answer given). */
  sub?: 'open' | 'answered';
  context: ScenarioContext;
  atEnding: boolean;
  /** The votes typed for this step's options. */
  votes: Readonly<Record<string, number>>;
  /** The trainer has revealed this step's ratings and feedback. */
  revealed: boolean;
}

export interface Room {
  view(): RoomView;
  subscribe(listener: () => void): () => void;
  /** Sets the room's votes for one option of the current step (negative or non-numbers count as 0). */
  setVote(option: string, count: number): void;
  /** Shows every option's rating, proportionality, feedback and reason. */
  reveal(): void;
  /** The room goes with this option (decision and level steps) or band (scale steps); revealed too. */
  choose(option: string): void;
  /** The room's answer to a select, sort or write step. */
  submit(submission: Submission): void;
  /** Continue (narrative or answered steps). */
  next(): void;
  /** Back to the previous step on the room's path. */
  back(): void;
  /** To any step: one on the path is gone back to; another is added to the path after this one. */
  jump(stepId: string): void;
  /** Answer the current step again. */
  retry(): void;
  /** A new run from the first step: votes and reveals cleared. */
  restart(): void;
  /** Every step's votes. */
  votes(): Votes;
}

const count = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/** The reason a scale answer needs, when the room answers by band rather than with a score and reason of its own. */
export const ROOM_SCALE_REASON = 'The band the room went with';
/** The record a write answer needs, when the room wrote nothing down in the box. */
export const ROOM_UNWRITTEN = 'Written in the room';

/** The room's answer on a scale step: a score in the band it went with (every score in a band is rated alike). */
function bandSubmission(step: Extract<Step, { kind: 'scale' }>, band: string): Submission | undefined {
  const b = scaleBands(step).find((x) => x.band === band);
  return b && { kind: 'scale', value: b.min, reason: ROOM_SCALE_REASON };
}

export function createRoom(scenario: Scenario, seed: number = newSeed()): Room {
  const machine: ScenarioMachine = compileScenario(scenario);
  const steps = stepMap(scenario);
  const listeners = new Set<() => void>();
  let votes: Record<string, Record<string, number>> = {};
  let revealed = new Set<string>();
  let actor: Actor<ScenarioMachine> = createActor(machine, { input: { seed } }).start();
  const emit = () => { for (const l of listeners) l(); };
  const current = () => positionOf(actor.getSnapshot().value).step;
  const replace = (next: Actor<ScenarioMachine>) => {
    actor.stop();
    actor = next.start();
  };
  const send = (event: Parameters<typeof actor.send>[0]) => {
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot() !== before) emit();
  };

  return {
    view() {
      const snapshot = actor.getSnapshot();
      const { step, sub } = positionOf(snapshot.value);
      return {
        step: steps.get(step)!, sub, context: snapshot.context, atEnding: atEnding(snapshot),
        votes: own(votes, step) ?? {}, revealed: revealed.has(step),
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setVote(option, n) {
      const step = current();
      votes = { ...votes, [step]: { ...(own(votes, step) ?? {}), [option]: count(n) } };
      emit();
    },
    reveal() {
      if (revealed.has(current())) return;
      revealed = new Set([...revealed, current()]);
      emit();
    },
    choose(option) {
      const step = steps.get(current())!;
      revealed = new Set([...revealed, current()]);
      // A scale step, like a decision: the room picks one of a few answers (its bands) by a show of hands.
      const submission = step.kind === 'scale' ? bandSubmission(step, option) : undefined;
      if (submission) send({ type: 'SUBMIT', submission });
      else if (step.kind !== 'scale') send({ type: 'CHOOSE', option });
      emit();
    },
    submit: (submission) => send({ type: 'SUBMIT', submission }),
    next: () => send({ type: 'CONTINUE' }),
    back() {
      const previous = actor.getSnapshot().context.history.at(-2);
      if (previous) send({ type: 'JUMP', step: previous });
    },
    jump(stepId) {
      const step = steps.get(stepId);
      const { context } = actor.getSnapshot();
      if (!step || stepId === current()) return;
      if (context.history.includes(stepId)) return send({ type: 'JUMP', step: stepId });
      // Not on the path: the room goes there from here, keeping the answers and flags so far.
      const value = step.kind === 'narrative' || step.kind === 'debrief' ? stepId : { [stepId]: 'open' };
      const snapshot = machine.resolveState({ value, context: { ...context, history: [...context.history, stepId] } });
      replace(createActor(machine, { input: { seed: context.seed }, snapshot }));
      emit();
    },
    retry: () => send({ type: 'CHANGE' }),
    restart() {
      votes = {};
      revealed = new Set();
      replace(createActor(machine, { input: { seed: newSeed() } }));
      emit();
    },
    votes: () => votes,
  };
}

/** The room's answer in words: a decision's option with its letter ("option B, “Call MASH”"), a scale step's as the band the room went with ("scores 4 to 6"), a write step's by the points its record has. */
export function roomAnswer(scenario: Scenario, answer: Answer | undefined): string | undefined {
  const step = answer && stepMap(scenario).get(answer.step);
  const s = answer?.submission;
  if (step && isChoiceStep(step) && answer?.choice) {
    const o = choiceOptions(step).find((x) => x.id === answer.choice);
    if (o) return `option ${letterOf(step, o.id)}, “${o.label}”`;
  }
  if (step?.kind === 'scale' && s?.kind === 'scale') {
    const band = scaleBands(step).find((b) => b.band === scaleBand(step, s.value));
    if (band) return bandText(band).toLowerCase();
  }
  if (step?.kind === 'write' && s?.kind === 'write') return `the room’s record has ${s.checked.length} of ${checklistItems(step).length} points`;
  return describeAnswer(scenario, answer);
}

/** One step of the story so far: its title, how it began, and the room's answer. */
export interface RecapEntry { step: string; title: string; opening: string; answer?: string }

/** The first sentence of a text (the recap shows how each step began). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](?=\s|$)/.exec(flat);
  return m ? m[0] : flat;
}

/** The story so far: the steps on the path before the current one. */
export function storySoFar(scenario: Scenario, context: ScenarioContext): RecapEntry[] {
  const steps = stepMap(scenario);
  return context.history.slice(0, -1).flatMap((id) => {
    const step = steps.get(id);
    if (!step) return [];
    const answer = roomAnswer(scenario, own(context.answers, id));
    return [{ step: id, title: step.title, opening: firstSentence(resolveText(step.body, context.flags)), ...(answer ? { answer } : {}) }];
  });
}
