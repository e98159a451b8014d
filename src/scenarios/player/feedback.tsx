/** @jsxImportSource preact */
// What every answered step shares: the rating, the feedback panel (focused when it appears), and
// the buttons to go on or to try a different answer.
import type { ComponentChildren, RefObject } from 'preact';
import type { Fit, Rating } from '../model';
import { fitText, ratingText } from '../vocabulary';

export { ratingText };

/** Whether the response was the right size for the need. */
export function FitBadge({ fit }: { fit: Fit | null | undefined }) {
  if (!fit) return null;
  return <span class={`fit fit-${fit}`}>{fitText[fit]}</span>;
}

export function RatingBadge({ rating }: { rating: Rating | null | undefined }) {
  if (!rating) return null;
  return <span class={`rating rating-${rating}`}>{ratingText[rating]}</span>;
}

export interface AnsweredProps {
  /** The question, as asked. */
  question: ComponentChildren;
  /** What the learner gave, shown before the feedback. */
  given?: ComponentChildren;
  /** What the learner answered before at this step, in words, first first. */
  earlier?: string[];
  rating: Rating | null;
  /** Whether the response was the right size (null where size is not the question). */
  fit?: Fit | null;
  feedbackRef: RefObject<HTMLDivElement>;
  onContinue: () => void;
  /** Reopens the question (absent where answering again makes no sense). */
  onRetry?: () => void;
  children: ComponentChildren;
}

/** An answered step: the question, what the learner gave, the feedback, Continue and Try again. */
export function Answered({ question, given, earlier = [], rating, fit, feedbackRef, onContinue, onRetry, children }: AnsweredProps) {
  return (
    <>
      <p>
        <strong>{question}</strong>
      </p>
      {earlier.length > 0 && (
        <p class="small">
          Before this you chose: {earlier.map((e, i) => (i ? `; then ${e}` : e))}.
        </p>
      )}
      {given}
      <div class={`feedback feedback-${rating ?? 'none'}`} ref={feedbackRef} tabIndex={-1} role="region" aria-labelledby="feedback-heading">
        <h3 id="feedback-heading">
          Feedback
          {rating && (
            <>
              : <RatingBadge rating={rating} />
            </>
          )}
          {fit && (
            <>
              {' '}
              <FitBadge fit={fit} />
            </>
          )}
        </h3>
        {children}
      </div>
      <p class="button-row">
        <button type="button" class="button" onClick={onContinue}>
          Continue
        </button>
        {onRetry && (
          <button type="button" class="button secondary" onClick={onRetry}>
            Try a different answer
          </button>
        )}
      </p>
    </>
  );
}
