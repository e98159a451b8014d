/** @jsxImportSource preact */
// Select all that apply. Feedback comes in two groups, "Do" and "Don't", so that what the guidance
// says to do is never confused with whether the learner agreed.
import { Answered } from '../feedback';
import { Choice, SubmitRow } from '../form';
import { ReviewGroup, selectReview } from '../review';
import type { StepOf, StepProps } from './types';

export function SelectStep({ step, view, act, feedbackRef }: StepProps<StepOf<'select'>>) {
  const sub = view.answer?.submission;
  if (view.phase === 'answered' && sub?.kind === 'select') {
    const { doItems, dontItems } = selectReview(step, sub);
    return (
      <Answered question={step.question} earlier={view.earlier} rating={view.answer?.rating ?? null} feedbackRef={feedbackRef} onContinue={act.next} onRetry={act.retry}>
        <ReviewGroup title="Do: the guidance says to do these" items={doItems} level={4} />
        <ReviewGroup title="Don’t: the guidance does not support these" items={dontItems} level={4} />
      </Answered>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        act.submit({ kind: 'select', selected: new FormData(e.currentTarget).getAll('selected').map(String) });
      }}
    >
      <fieldset aria-describedby={`${step.id}-hint`}>
        <legend>{step.question}</legend>
        <p class="hint" id={`${step.id}-hint`}>
          Select all that apply.
        </p>
        {step.options.map((o) => (
          <Choice type="checkbox" name="selected" id={`${step.id}-${o.id}`} value={o.id}>
            {o.label}
          </Choice>
        ))}
      </fieldset>
      <SubmitRow />
    </form>
  );
}
