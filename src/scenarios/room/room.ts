// Room mode: a trainer runs a scenario with a group at a projector. The same machine as the player
// (compileScenario), driven by the trainer: the room's votes per option, Reveal, the option the room
// goes with, jumping to any step. Nothing here touches storage: room mode never writes to the
// learner's record or progress on the trainer's device (no KeyValueStore is ever passed in).
import { createActor, type Actor } from 'xstate';
import { describeAnswer, takenPath, type PathEntry } from '../debrief';
import { atEnding, compileScenario, positionOf, type ScenarioContext, type ScenarioMachine } from '../machine';
import { choiceOptions, isChoiceStep, own, stepMap, type Scenario, type Step } from '../model';
import type { Submission } from '../rating';
import { newSeed } from '../shuffle';
import { resolveText } from '../text';

/** Votes per step, per option id (a hands-up count typed by the trainer). */
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
  /** The room goes with this option (decision and level steps); revealed too. */
  choose(option: string): void;
  /** The room's answer to a select, sort, scale or write step. */
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
      revealed = new Set([...revealed, current()]);
      send({ type: 'CHOOSE', option });
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
    const answer = describeAnswer(scenario, own(context.answers, id));
    return [{ step: id, title: step.title, opening: firstSentence(resolveText(step.body, context.flags)), ...(answer ? { answer } : {}) }];
  });
}

/** An option's votes, for the debrief. */
export interface OptionVotes { option: string; label: string; votes: number; chosen: boolean }

/** The room's path with its votes: each step taken, the room's answer, and every option's count. */
export function roomPath(scenario: Scenario, context: ScenarioContext, votes: Votes): Array<PathEntry & { votes: OptionVotes[] }> {
  const steps = stepMap(scenario);
  return takenPath(scenario, context).map((entry) => {
    const step = steps.get(entry.step);
    const typed = own(votes, entry.step) ?? {};
    const answer = own(context.answers, entry.step);
    const options = !step ? [] : isChoiceStep(step) ? choiceOptions(step).map((o) => ({ id: o.id, label: o.label, chosen: answer?.choice === o.id })) :
      step.kind === 'select' ? step.options.map((o) => ({ id: o.id, label: o.label, chosen: answer?.submission?.kind === 'select' && answer.submission.selected.includes(o.id) })) : [];
    const withVotes = Object.keys(typed).length > 0 ? options.map((o) => ({ option: o.id, label: o.label, votes: own(typed, o.id) ?? 0, chosen: o.chosen })) : [];
    return { ...entry, votes: withVotes };
  });
}
