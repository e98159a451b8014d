/** @jsxImportSource preact */
// Sort statements into groups. A statement left unsorted gets its own message, in the summary and
// beside it.
import { Grounds, Text } from '../env';
import { Answered } from '../feedback';
import { Choice, describedBy, FieldError, SubmitRow, type FieldProblem, StepForm } from '../form';
import { ReviewList, sortReview } from '../review';
import type { StepOf, StepProps } from './types';
import { sortOrder } from '../../shuffle';
import { resolveText } from '../../text';

export function SortStep({ step, view, act, problems, report, feedbackRef }: StepProps<StepOf<'sort'>>) {
  const sub = view.answer?.submission;
  if (view.phase === 'answered' && sub?.kind === 'sort') {
    const items = sortReview(step, sub, view.context.flags);
    const right = items.filter((i) => i.agrees).length;
    return (
      <Answered question={<Text text={resolveText(step.question, view.context.flags)} />} earlier={view.earlier} rating={view.answer?.rating ?? null} feedbackRef={feedbackRef} onContinue={act.next} onRetry={act.retry}>
        <p>
          You sorted {right} of {items.length} statements as the guidance would.
        </p>
        <ReviewList items={items} quoted />
        <Grounds reason={step.reason} cite={step.cite} />
      </Answered>
    );
  }
  const keyOf = (id: string) => `${step.id}-${id}`;
  // Statements are numbered in the order shown (shuffled per attempt unless the step is fixed).
  const shown = sortOrder(step, view.context.seed);
  return (
    <StepForm
      onData={(data) => {
        const placements = Object.fromEntries(shown.map((st) => [st.id, String(data.get(`sort-${st.id}`) ?? '')]));
        const missing: FieldProblem[] = shown.flatMap((st, i) =>
          placements[st.id] ? [] : [{ key: keyOf(st.id), field: `${keyOf(st.id)}-${step.groups[0]?.id ?? ''}`, message: `Choose where statement ${i + 1} goes` }],
        );
        report(missing);
        if (!missing.length) act.submit({ kind: 'sort', placements });
      }}
    >
      <p>
        <strong><Text text={resolveText(step.question, view.context.flags)} /></strong>
      </p>
      {shown.map((st, i) => (
        <fieldset class={problems.some((p) => p.key === keyOf(st.id)) ? 'sort-item has-error' : 'sort-item'} aria-describedby={describedBy(problems, keyOf(st.id))}>
          <legend>
            <span class="statement-number">Statement {i + 1}: </span>“<Text text={st.text} />”
          </legend>
          <FieldError problems={problems} errorKey={keyOf(st.id)} />
          <div class="sort-options">
            {step.groups.map((g) => (
              <Choice inline type="radio" name={`sort-${st.id}`} id={`${keyOf(st.id)}-${g.id}`} value={g.id}>
                <Text text={g.label} />
              </Choice>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitRow />
    </StepForm>
  );
}
