/** @jsxImportSource preact */
// One step on screen: the error summary, where the learner is, the heading, the situation, the
// step's own component, discussion prompts, and the ways back (Back, the steps so far, Start again).
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Step } from '../model';
import { Paragraphs } from './env';
import { BackAndRestart } from './buttons';
import { resolveText } from '../text';
import { ErrorSummary, type FieldProblem } from './form';
import type { PlayerActions, PlayerView } from './session-adapter';
import { DecisionStep, LevelStep } from './steps/DecisionStep';
import { NarrativeStep } from './steps/NarrativeStep';
import { ScaleStep } from './steps/ScaleStep';
import { SelectStep } from './steps/SelectStep';
import { SortStep } from './steps/SortStep';
import type { StepProps } from './steps/types';
import { WriteStep } from './steps/WriteStep';

export type PlayableStep = Exclude<Step, { kind: 'debrief' }>;

const kindLabel: Record<Step['kind'], string> = {
  narrative: 'What happens',
  decision: 'Decision',
  level: 'Level of need',
  select: 'Select all that apply',
  sort: 'Sorting',
  scale: 'Scaling question',
  write: 'Writing a record',
  debrief: 'Debrief',
};

/** The step's own component, by kind (room mode reuses it for sort, scale and write steps). */
export function StepBody(props: StepProps<PlayableStep>) {
  const { step } = props;
  switch (step.kind) {
    case 'narrative': return <NarrativeStep {...props} step={step} />;
    case 'decision': return <DecisionStep {...props} step={step} />;
    case 'level': return <LevelStep {...props} step={step} />;
    case 'select': return <SelectStep {...props} step={step} />;
    case 'sort': return <SortStep {...props} step={step} />;
    case 'scale': return <ScaleStep {...props} step={step} />;
    case 'write': return <WriteStep {...props} step={step} />;
  }
}

export interface FrameProps {
  step: PlayableStep;
  view: PlayerView;
  act: PlayerActions;
  titles: ReadonlyMap<string, string>;
  headingRef: RefObject<HTMLHeadingElement>;
  feedbackRef: RefObject<HTMLDivElement>;
}

export function StepFrame({ step, view, act, titles, headingRef, feedbackRef }: FrameProps) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const report = (found: FieldProblem[]) => {
    setProblems(found);
    if (found.length) setAttempt((n) => n + 1);
  };
  // GOV.UK: the page title starts "Error: " while there are problems.
  useEffect(() => {
    const title = document.title.replace(/^Error: /, '');
    document.title = problems.length ? `Error: ${title}` : title;
  }, [problems.length]);
  useEffect(() => () => void (document.title = document.title.replace(/^Error: /, '')), []);

  const visited = view.context.history;
  return (
    <section class="step" aria-labelledby="step-heading" data-step={step.id} id={step.id}>
      <ErrorSummary problems={problems} attempt={attempt} />
      <p class="step-progress">
        Step {visited.length} · {kindLabel[step.kind]}
      </p>
      <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
        {step.title}
      </h2>
      <Paragraphs text={resolveText(step.body, view.context.flags)} />
      <StepBody step={step} view={view} act={act} problems={problems} report={report} feedbackRef={feedbackRef} />
      {step.prompts.length > 0 && (
        <details class="prompts">
          <summary>Questions to discuss</summary>
          <ul>
            {step.prompts.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="step-nav">
        <BackAndRestart onBack={visited.length > 1 ? act.back : undefined} onRestart={act.restart} />
        {visited.length > 1 && <VisitedSteps visited={visited} titles={titles} onPick={act.backTo} />}
      </div>
    </section>
  );
}

/** The steps visited so far: going back to one lets the learner answer it again. */
export function VisitedSteps({ visited, titles, onPick }: { visited: readonly string[]; titles: ReadonlyMap<string, string>; onPick: (id: string) => void }) {
  return (
    <details class="visited">
      <summary>Steps so far ({visited.length})</summary>
      <p class="small">Go back to a step to see your answer again or try a different one. The steps after it are played again.</p>
      <ol>
        {visited.map((id, i) =>
          i === visited.length - 1 ? (
            <li aria-current="step">{titles.get(id)} (you are here)</li>
          ) : (
            <li>
              <button type="button" class="link-button" onClick={() => onPick(id)}>
                {titles.get(id)}
              </button>
            </li>
          ),
        )}
      </ol>
    </details>
  );
}
