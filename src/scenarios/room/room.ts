// Room mode: a trainer runs a scenario with a group at a projector. The same machine as the player
// (compileScenario), driven by the trainer: the room's votes per option (per band, on a scale step),
// Reveal, the option (or band) the room goes with, jumping to any step. Nothing here touches storage: room mode never writes to the
// learner's record or progress on the trainer's device (no KeyValueStore is ever passed in).
import { createActor, type Actor } from 'xstate';
import { describeAnswer, takenPath, type PathEntry } from '../debrief';
import { letterOf, optionLetters } from '../letters';
import { atEnding, compileScenario, positionOf, type Answer, type ScenarioContext, type ScenarioMachine } from '../machine';
import { checklistItems, choiceOptions, conditionHolds, isChoiceStep, own, stepMap, type Fit, type Rating, type Scenario, type Step } from '../model';
import { bandText, scaleBand, scaleBands, type Submission } from '../rating';
import { newSeed } from '../shuffle';
import { resolveText } from '../text';
import { adviceText } from '../vocabulary';

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

/**
 * One row of the room's table at the debrief: an option (a statement, a band, a point to check)
 * with what the room entered beside what the guidance says.
 */
export interface RoomRow {
  id: string;
  /** The letter the trainer saw for it (options, statements and bands). */
  letter?: string;
  label: string;
  /** The room's hands-up count (steps the room voted on, once any count was typed). */
  votes?: number;
  /** What the room entered, in words (sort: the group it chose; write: the record, or whether it has the point). */
  given?: string;
  /** The room went with it (decision, level, scale) or ticked it (select). */
  chosen: boolean;
  /** The guidance's rating of it (decision and level options, scale bands). */
  rating?: Rating;
  fit?: Fit;
  /** The guidance's view in words (select: its advice; sort: where it belongs; write: what a good record has). */
  guidance?: string;
  /** A write step's model answer, beside the room's record. */
  model?: string;
  /** Whether what the room entered is what the guidance says (sort and write rows). */
  agrees?: boolean;
}

/** A step on the room's path, with its table: what the rows are called, the words for a chosen row, and the rows. */
export type RoomPathEntry = PathEntry & RoomTable;
interface RoomTable { item: string; chosenText: string; rows: RoomRow[] }

/** The rows of the table for one step, from the room's answer and counts. */
function rowsOf(step: Step, answer: Answer | undefined, typed: Readonly<Record<string, number>>, flags: readonly string[]): RoomTable {
  const chosenText = step.kind === 'select' ? 'ticked by the room' : 'the room’s choice';
  return { chosenText, ...rowsFor(step, answer, typed, flags) };
}

function rowsFor(step: Step, answer: Answer | undefined, typed: Readonly<Record<string, number>>, flags: readonly string[]): Omit<RoomTable, 'chosenText'> {
  const letters = optionLetters(step);
  const voted = Object.keys(typed).length > 0;
  const votesOf = (id: string) => (voted ? { votes: own(typed, id) ?? 0 } : {});
  const s = answer?.submission;
  if (isChoiceStep(step)) {
    return {
      item: 'Option',
      // The options the room was offered: those whose condition held when it reached the step.
      rows: choiceOptions(step).filter((o) => conditionHolds(o.when, flags) || answer?.choice === o.id).map((o) => ({
        id: o.id, letter: letters.get(o.id)!, label: o.label, ...votesOf(o.id), chosen: answer?.choice === o.id, rating: o.rating, fit: o.fit,
      })),
    };
  }
  switch (step.kind) {
    case 'select': return {
      item: 'Option',
      rows: step.options.map((o) => ({
        id: o.id, letter: letters.get(o.id)!, label: o.label, ...votesOf(o.id), chosen: s?.kind === 'select' && s.selected.includes(o.id), guidance: adviceText[o.advice],
      })),
    };
    case 'sort': {
      const group = (id: string | undefined) => step.groups.find((g) => g.id === id)?.label;
      return {
        item: 'Statement',
        rows: step.statements.map((st) => {
          const placed = s?.kind === 'sort' ? own(s.placements, st.id) : undefined;
          return {
            id: st.id, letter: letters.get(st.id)!, label: st.text, chosen: false, guidance: `Belongs in: ${group(st.group) ?? st.group}`,
            ...(placed ? { given: `Put in: ${group(placed) ?? placed}`, agrees: placed === st.group } : {}),
          };
        }),
      };
    }
    case 'scale': {
      const band = s?.kind === 'scale' ? scaleBand(step, s.value) : undefined;
      return {
        item: 'Score',
        rows: scaleBands(step).map((b) => ({
          id: b.band, letter: letters.get(b.band)!, label: bandText(b), ...votesOf(b.band), chosen: b.band === band, rating: b.rating, fit: b.fit,
          guidance: b.band === 'inside' ? 'The range the facts support' : b.band === 'below' ? 'Below the range the facts support' : 'Above the range the facts support',
        })),
      };
    }
    case 'write': {
      if (s?.kind !== 'write') return { item: 'Point', rows: [] };
      const record: RoomRow = { id: 'record', label: 'The record', given: s.text === ROOM_UNWRITTEN ? 'Not typed in' : s.text, chosen: false, model: resolveText(step.model, flags) };
      return {
        item: 'Point',
        rows: [record, ...checklistItems(step).map((c, i) => {
          const has = s.checked.includes(String(i));
          return { id: String(i), label: c.text, given: has ? 'The room’s record has this' : 'Not in the room’s record', chosen: false, guidance: 'A good record has this', agrees: has };
        })],
      };
    }
    default: return { item: 'Option', rows: [] };
  }
}

/** The room's path for the debrief: each step taken, the room's answer, and a table of every option's count (statement's placing, band's count, point's tick) beside the guidance. */
export function roomPath(scenario: Scenario, context: ScenarioContext, votes: Votes): RoomPathEntry[] {
  const steps = stepMap(scenario);
  /** The flags set before the room reached a step (what its options and text depended on then). */
  const flagsBefore = (id: string) => {
    const before = context.history.slice(0, Math.max(0, context.history.indexOf(id)));
    return [...new Set(before.flatMap((h) => own(context.answers, h)?.sets ?? []))];
  };
  return takenPath(scenario, context).map((entry) => {
    const step = steps.get(entry.step);
    const answer = own(context.answers, entry.step);
    const table = step ? rowsOf(step, answer, own(votes, entry.step) ?? {}, flagsBefore(entry.step)) : { item: 'Option', chosenText: '', rows: [] };
    const said = roomAnswer(scenario, answer);
    return { ...entry, ...(said ? { answer: said } : {}), ...table };
  });
}
