// The props every step component takes: its step, the session's view and actions, a way to
// report problems to the step's error summary, and the feedback panel's ref (focused on answer).
import type { RefObject } from 'preact';
import type { Step } from '../../model';
import type { FieldProblem } from '../form';
import type { PlayerActions, PlayerView } from '../session-adapter';

export type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

export interface StepProps<S extends Step> {
  step: S;
  view: PlayerView;
  act: PlayerActions;
  /** Problems found in the last submit, for inline messages (the frame shows the summary). */
  problems: readonly FieldProblem[];
  /** Reports the problems of a submit (an empty list clears them). */
  report: (problems: FieldProblem[]) => void;
  feedbackRef: RefObject<HTMLDivElement>;
}
