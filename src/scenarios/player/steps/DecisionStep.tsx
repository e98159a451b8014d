/** @jsxImportSource preact */
// Decision and level steps: choose one option, then see its feedback, why, and the guidance.
import { choiceOptions, conditionHolds, type ChoiceStep } from '../../model';
import { choiceOrder } from '../../shuffle';
import { resolveText } from '../../text';
import { Grounds, Paragraphs, Text } from '../env';
import { Answered } from '../feedback';
import { OptionChoices, describedBy, FieldError, SubmitRow, StepForm } from '../form';
import type { StepOf, StepProps } from './types';

function ChoiceQuestion({ step, view, act, problems, report, feedbackRef, missing }: StepProps<ChoiceStep> & { missing: string }) {
  const all = choiceOptions(step);
  const answer = view.answer;
  const chosen = answer && all.find((o) => o.id === answer.choice);
  const question = <Text text={resolveText(step.question, view.context.flags)} />;
  if (view.phase === 'answered' && chosen) {
    return (
      <Answered
        question={question}
        earlier={view.earlier}
        rating={chosen.rating}
        fit={chosen.fit}
        feedbackRef={feedbackRef}
        onContinue={act.next}
        onRetry={act.retry}
        given={
          <p>
            Your answer: <strong><Text text={chosen.label} /></strong>
          </p>
        }
      >
        <Paragraphs text={resolveText(chosen.feedback, view.context.flags)} />
        <Grounds reason={chosen.reason} cite={chosen.cite} />
      </Answered>
    );
  }
  // Shuffled per attempt (seeded, so a reload shows the same order) unless the step is fixed.
  const options = choiceOrder(step, view.context.seed).filter((o) => conditionHolds(o.when, view.context.flags));
  const key = `${step.id}-choice`;
  return (
    <StepForm
      onData={(data) => {
        const choice = data.get('choice');
        if (typeof choice !== 'string' || !choice) {
          report([{ key, field: `${step.id}-${options[0]?.id ?? ''}`, message: missing }]);
          return;
        }
        report([]);
        act.choose(choice);
      }}
    >
      <fieldset aria-describedby={describedBy(problems, key)} class={problems.length ? 'has-error' : undefined}>
        <legend>{question}</legend>
        <FieldError problems={problems} errorKey={key} />
        <OptionChoices type="radio" name="choice" stepId={step.id} options={options} />
      </fieldset>
      <SubmitRow />
    </StepForm>
  );
}

export function DecisionStep(props: StepProps<StepOf<'decision'>>) {
  return <ChoiceQuestion {...props} missing="Choose what you would do" />;
}

export function LevelStep(props: StepProps<StepOf<'level'>>) {
  return <ChoiceQuestion {...props} missing="Choose a type of support" />;
}
