// Room mode's debrief table, per step on the room's path: each option (statement, band, point to
// check) with what the room entered (its hands-up count, where it sorted a statement, its record)
// beside what the guidance says. Sort and write rows come from the player's own review of the
// answer (../debrief reviewAnswer), so the room and a learner are told the same.
import { reviewAnswer, takenPath, type PathEntry } from '../debrief';
import { optionLetters } from '../letters';
import type { Answer, ScenarioContext } from '../machine';
import { choiceOptions, conditionHolds, isChoiceStep, own, stepMap, type Fit, type Rating, type Scenario, type Step } from '../model';
import { bandPlace, bandText, scaleBand, scaleBands } from '../rating';
import { adviceText } from '../vocabulary';
import { flagsBefore } from './picks';
import { ROOM_UNWRITTEN, roomAnswer, type Votes } from './room';

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
      const review = answer && reviewAnswer(step, answer, flags);
      if (review?.kind === 'sort') {
        return {
          item: 'Statement',
          rows: review.statements.map((st) => ({
            id: st.id, letter: letters.get(st.id)!, label: st.text, chosen: false, guidance: `Belongs in: ${st.belongs}`, given: `Put in: ${st.placed}`, agrees: st.right,
          })),
        };
      }
      const group = (id: string) => step.groups.find((g) => g.id === id)?.label ?? id;
      return { item: 'Statement', rows: step.statements.map((st) => ({ id: st.id, letter: letters.get(st.id)!, label: st.text, chosen: false, guidance: `Belongs in: ${group(st.group)}` })) };
    }
    case 'scale': {
      const band = s?.kind === 'scale' ? scaleBand(step, s.value) : undefined;
      return {
        item: 'Score',
        rows: scaleBands(step).map((b) => ({
          id: b.band, letter: letters.get(b.band)!, label: bandText(b), ...votesOf(b.band), chosen: b.band === band, rating: b.rating, fit: b.fit,
          guidance: bandPlace(b.band),
        })),
      };
    }
    case 'write': {
      const review = answer && reviewAnswer(step, answer, flags);
      if (review?.kind !== 'write') return { item: 'Point', rows: [] };
      const record: RoomRow = { id: 'record', label: 'The record', given: review.text === ROOM_UNWRITTEN ? 'Not typed in' : review.text, chosen: false, model: review.model };
      return {
        item: 'Point',
        rows: [record, ...review.checklist.map((c, i) => ({
          id: String(i), label: c.text, given: c.ticked ? 'The room’s record has this' : 'Not in the room’s record', chosen: false, guidance: 'A good record has this', agrees: c.ticked,
        }))],
      };
    }
    default: return { item: 'Option', rows: [] };
  }
}

/** The room's path for the debrief: each step taken, the room's answer, and a table of every option's count (statement's placing, band's count, point's tick) beside the guidance. */
export function roomPath(scenario: Scenario, context: ScenarioContext, votes: Votes): RoomPathEntry[] {
  const steps = stepMap(scenario);
  return takenPath(scenario, context).map((entry) => {
    const step = steps.get(entry.step);
    const answer = own(context.answers, entry.step);
    const table = step ? rowsOf(step, answer, own(votes, entry.step) ?? {}, flagsBefore(context, entry.step)) : { item: 'Option', chosenText: '', rows: [] };
    const said = roomAnswer(scenario, answer);
    return { ...entry, ...(said ? { answer: said } : {}), ...table };
  });
}
