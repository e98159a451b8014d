/** @jsxImportSource preact */
// Select all that apply. Feedback comes in two groups, "Do" and "Don't", so that what the guidance
// says to do is never confused with whether the learner agreed.
import { Answered } from '../feedback';
import { OptionChoices, SubmitRow, StepForm } from '../form';
import { ReviewGroup, selectReview } from '../review';
import type { StepOf, StepProps } from './types';
import { Text } from '../env';
import { selectOrder } from '../../shuffle';
import { resolveText } from '../../text';

export function SelectStep({ step, view, act, feedbackRef }: StepProps<StepOf<'select'>>) {
  const sub = view.answer?.submission;
  if (view.phase === 'answered' && sub?.kind === 'select') {
    const { doItems, dontItems, harmful } = selectReview(step, sub, view.context.flags);
    return (
      <Answered question={<Text text={resolveText(step.question, view.context.flags)} />} earlier={view.earlier} rating={view.answer?.rating ?? null} fit={view.answer?.fit} feedbackRef={feedbackRef} onContinue={act.next} onRetry={act.retry}>
        {harmful.map((h) => (
          <p class="harmful">
            <strong><Text text={h.label} />:</strong> {h.detail && <Text text={h.detail} />}
          </p>
        ))}
        <ReviewGroup title="Do: the guidance says to do these" items={doItems} level={4} />
        <ReviewGroup title="Don’t: the guidance does not support these" items={dontItems} level={4} />
      </Answered>
    );
  }
  return (
    <StepForm
      onData={(data) => {
        act.submit({ kind: 'select', selected: data.getAll('selected').map(String) });
      }}
    >
      <fieldset aria-describedby={`${step.id}-hint`}>
        <legend><Text text={resolveText(step.question, view.context.flags)} /></legend>
        <p class="hint" id={`${step.id}-hint`}>
          Select all that apply.
        </p>
        <OptionChoices type="checkbox" name="selected" stepId={step.id} options={selectOrder(step, view.context.seed)} />
      </fieldset>
      <SubmitRow />
    </StepForm>
  );
}
