/** @jsxImportSource preact */
// Native form controls and errors the GOV.UK way: an error summary at the top of the step that
// takes focus and links to each field in error, and the same message beside the field.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Text } from './env';

/** One problem with an answer: the message, and the id of the control to fix it in. */
export interface FieldProblem {
  /** Id of the input the summary's link moves focus to. */
  field: string;
  /** Groups the problem under one fieldset or control (used for the inline message's id). */
  key: string;
  message: string;
}

/** The id of the inline message for `key`, for aria-describedby. */
export const errorId = (key: string) => `${key}-error`;

/** The inline message for one field, or nothing. */
export function FieldError({ problems, errorKey }: { problems: readonly FieldProblem[]; errorKey: string }) {
  const p = problems.find((x) => x.key === errorKey);
  if (!p) return null;
  return (
    <p class="field-error" id={errorId(errorKey)}>
      <span class="visually-hidden">Error: </span>
      {p.message}
    </p>
  );
}

/** aria-describedby for a control with a possible inline error. */
export const describedBy = (problems: readonly FieldProblem[], key: string): string | undefined =>
  problems.some((p) => p.key === key) ? errorId(key) : undefined;

/**
 * The error summary. `attempt` changes on every failed submit, so focus returns to the summary even
 * when the same problems are found again. A link moves focus to its field (as GOV.UK Frontend does)
 * instead of changing the address, which here names the step.
 */
export function ErrorSummary({ problems, attempt }: { problems: readonly FieldProblem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [attempt]);
  if (!problems.length) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((p) => (
          <li>
            <a
              href={`#${p.field}`}
              onClick={(e) => {
                const field = document.getElementById(p.field);
                if (!field) return;
                e.preventDefault();
                field.closest('fieldset')?.scrollIntoView();
                field.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The submit button every question form ends with. */
export function SubmitRow({ label = 'Submit answer' }: { label?: string }) {
  return (
    <p class="button-row">
      <button type="submit" class="button">
        {label}
      </button>
    </p>
  );
}

/** A native radio button or checkbox with its label. */
export function Choice({
  type,
  name,
  id,
  value,
  inline = false,
  checked,
  describedBy: described,
  children,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  id: string;
  value: string | number;
  inline?: boolean;
  /** Initially checked (an earlier answer, when answering again). */
  checked?: boolean;
  describedBy?: string;
  children: ComponentChildren;
}) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag class={inline ? 'choice inline' : 'choice'}>
      <input type={type} name={name} id={id} value={value} defaultChecked={checked} aria-describedby={described} />
      <label for={id}>{children}</label>
    </Tag>
  );
}

/** One Choice per option of a decision or select step, ids `<step>-<option>` (the error summary links to them). */
export function OptionChoices({ type, name, stepId, options }: { type: 'radio' | 'checkbox'; name: string; stepId: string; options: readonly { id: string; label: string }[] }) {
  return (
    <>
      {options.map((o) => (
        <Choice type={type} name={name} id={`${stepId}-${o.id}`} value={o.id}>
          <Text text={o.label} />
        </Choice>
      ))}
    </>
  );
}

/** A step's form: no browser validation (the step reports its own problems, the GOV.UK way); `onData` gets the fields submitted. */
export function StepForm({ onData, children }: { onData: (data: FormData) => void; children: ComponentChildren }) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onData(new FormData(e.currentTarget));
      }}
    >
      {children}
    </form>
  );
}
