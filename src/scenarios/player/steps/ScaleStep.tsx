/** @jsxImportSource preact */
// A 0-10 scaling question with a reason, as in Signs of Safety.
import { Grounds, Paragraphs, Text } from '../env';
import { Answered } from '../feedback';
import { Choice, describedBy, FieldError, SubmitRow, type FieldProblem, StepForm } from '../form';
import { rangeText, scaleBand } from '../../rating';
import type { StepOf, StepProps } from './types';
import { resolveText } from '../../text';

export function ScaleStep({ step, view, act, problems, report, feedbackRef }: StepProps<StepOf<'scale'>>) {
  const sub = view.answer?.submission;
  if (view.phase === 'answered' && sub?.kind === 'scale') {
    const band = scaleBand(step, sub.value);
    const feedback = band === 'inside' ? step.inside : step[band];
    return (
      <Answered
        question={<Text text={resolveText(step.question, view.context.flags)} />}
        earlier={view.earlier}
        rating={view.answer?.rating ?? null}
        fit={view.answer?.fit}
        feedbackRef={feedbackRef}
        onContinue={act.next}
        onRetry={act.retry}
        given={
          <p>
            Your score: <strong>{sub.value}</strong> out of 10. Your reason: {sub.reason}
          </p>
        }
      >
        <p>
          {band === 'inside' ? 'Your score is inside' : band === 'below' ? 'Your score is below' : 'Your score is above'} the range the facts
          support: {rangeText(step.expected)}.
        </p>
        <Paragraphs text={resolveText(feedback?.feedback, view.context.flags)} />
        <Grounds reason={feedback?.reason} cite={step.cite} />
      </Answered>
    );
  }
  const scaleKey = `${step.id}-scale`;
  const reasonKey = `${step.id}-reason`;
  return (
    <StepForm
      onData={(data) => {
        const value = data.get('scale');
        const reason = String(data.get('reason') ?? '').trim();
        const found: FieldProblem[] = [];
        if (typeof value !== 'string') found.push({ key: scaleKey, field: `${step.id}-0`, message: 'Choose a number from 0 to 10' });
        if (!reason) found.push({ key: reasonKey, field: reasonKey, message: 'Give a reason for your score' });
        report(found);
        if (typeof value === 'string' && reason) act.submit({ kind: 'scale', value: Number(value), reason });
      }}
    >
      <fieldset aria-describedby={[`${step.id}-ends`, describedBy(problems, scaleKey)].filter(Boolean).join(' ')}>
        <legend><Text text={resolveText(step.question, view.context.flags)} /></legend>
        <p class="scale-ends" id={`${step.id}-ends`}>
          <span>0 = <Text text={step.zero} /></span> <span>10 = <Text text={step.ten} /></span>
        </p>
        <FieldError problems={problems} errorKey={scaleKey} />
        <div class="scale">
          {Array.from({ length: 11 }, (_, n) => (
            <Choice inline type="radio" name="scale" id={`${step.id}-${n}`} value={n}>
              {n}
            </Choice>
          ))}
        </div>
      </fieldset>
      <label for={reasonKey}>Why this number? What makes it this score and not one lower?</label>
      <FieldError problems={problems} errorKey={reasonKey} />
      <textarea id={reasonKey} name="reason" rows={3} aria-describedby={describedBy(problems, reasonKey)}></textarea>
      <SubmitRow />
    </StepForm>
  );
}
