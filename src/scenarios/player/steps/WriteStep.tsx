/** @jsxImportSource preact */
// Write a short record, tick the points it meets, then compare it with a model record.
import { Cite, Paragraphs, Text, TextList } from '../env';
import { checklistItems } from '../../model';
import { resolveText } from '../../text';
import { Answered } from '../feedback';
import { Choice, describedBy, FieldError, SubmitRow, StepForm } from '../form';
import { ReviewList, writeReview } from '../review';
import type { StepOf, StepProps } from './types';

export function WriteStep({ step, view, act, problems, report, feedbackRef }: StepProps<StepOf<'write'>>) {
  const sub = view.answer?.submission;
  if (view.phase === 'answered' && sub?.kind === 'write') {
    return (
      <Answered
        question={<Text text={resolveText(step.question, view.context.flags)} />}
        earlier={view.earlier}
        rating={view.answer?.rating ?? null}
        feedbackRef={feedbackRef}
        onContinue={act.next}
        onRetry={act.retry}
        given={
          <div class="two-col">
            <div>
              <h3>Your record</h3>
              <p class="record">{sub.text}</p>
            </div>
            <div>
              <h3>A model record</h3>
              <Paragraphs text={resolveText(step.model, view.context.flags)} />
            </div>
          </div>
        }
      >
        <p>Your self-check (your own view of your record: it is not scored):</p>
        <ReviewList items={writeReview(step, sub)} />
        <p>
          <Cite to={step.cite} />
        </p>
      </Answered>
    );
  }
  const key = `${step.id}-record`;
  return (
    <StepForm
      onData={(data) => {
        const text = String(data.get('record') ?? '').trim();
        if (!text) {
          report([{ key, field: key, message: 'Write your record before you compare it' }]);
          return;
        }
        report([]);
        act.submit({ kind: 'write', text, checked: data.getAll('check').map(String) });
      }}
    >
      {step.facts.length > 0 && (
        <div class="facts" id={`${key}-facts`}>
          <h3>The facts to use</h3>
          <TextList items={step.facts} />
        </div>
      )}
      <label for={key}>
        <strong><Text text={resolveText(step.question, view.context.flags)} /></strong>
      </label>
      <p class="hint" id={`${key}-hint`}>
        Use made-up details only. Never type anything about a real child or family.
      </p>
      <FieldError problems={problems} errorKey={key} />
      <textarea id={key} name="record" rows={8} aria-describedby={[`${key}-hint`, describedBy(problems, key)].filter(Boolean).join(' ')}></textarea>
      <fieldset>
        <legend>Check your record: tick each point it meets</legend>
        {checklistItems(step).map((c, i) => (
          <Choice type="checkbox" name="check" id={`${step.id}-check-${i}`} value={String(i)}>
            <Text text={c.text} />
          </Choice>
        ))}
      </fieldset>
      <SubmitRow label="Save and compare with a model record" />
    </StepForm>
  );
}
