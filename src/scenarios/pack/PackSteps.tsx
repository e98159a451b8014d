/** @jsxImportSource preact */
// The steps of the facilitator pack, one section each, numbered as on the map and in file order:
// where it is reached from, the situation, the question, every answer with its feedback (see
// PackAnswers), discussion prompts, trainer notes and where it leads. Rendered at build time only
// (the page uses it without a client directive: no script is sent).
import { Env, Paragraphs, Text, type PlayerEnv } from '../player/env';
import { isChoiceStep, type Scenario, type Step } from '../model';
import { kindText } from './map-layout';
import { Branches, Passages, StepLink, Steps } from './pack-parts';
import { ChoiceAnswers, EndingPart, ScaleAnswers, SelectAnswers, SortAnswers, WriteAnswers } from './PackAnswers';
import { flagSources, reachedFrom, routesOf, stepIndex } from './routes';

export interface PackProps extends PlayerEnv {
  scenario: Scenario;
}

function Answers({ step }: { step: Step }) {
  if (isChoiceStep(step)) return <ChoiceAnswers step={step} routes={routesOf(step)} />;
  switch (step.kind) {
    case 'select': return <SelectAnswers step={step} />;
    case 'sort': return <SortAnswers step={step} />;
    case 'scale': return <ScaleAnswers step={step} />;
    case 'write': return <WriteAnswers step={step} />;
    case 'debrief': return <EndingPart step={step} />;
    default: return null;
  }
}

const answersHeading: Partial<Record<Step['kind'], string>> = {
  decision: 'The options', level: 'The options', select: 'The options and what the guidance advises',
  sort: 'The answers', scale: 'The answers', write: 'What a good record has',
};

function PackStep({ step, number, from, start }: { step: Step; number: number; from: string[]; start: boolean }) {
  const routes = routesOf(step);
  const heading = answersHeading[step.kind];
  return (
    <section class={`pack-step pack-step-${step.kind}`} id={`step-${step.id}`} aria-labelledby={`step-${step.id}-heading`}>
      <h3 id={`step-${step.id}-heading`}>
        {number}. {step.kind === 'debrief' ? 'Ending: ' : ''}<Text text={step.title} /> <span class="pack-kind">({kindText[step.kind]})</span>
      </h3>
      <p class="pack-from">
        {start ? 'The first step.' : <>Reached from: {from.map((id, i) => <>{i ? '; ' : ''}<StepLink id={id} /></>)}.</>}
      </p>
      <Passages text={step.body} />
      {step.kind !== 'narrative' && step.kind !== 'debrief' && (
        <div class="pack-question"><strong>Question:</strong> <Passages text={step.question} /></div>
      )}
      {heading && <h4>{heading}</h4>}
      <Answers step={step} />
      {step.prompts.length > 0 && (
        <div class="pack-prompts">
          <h4>Questions to discuss</h4>
          <ul>{step.prompts.map((p) => <li><Text text={p} /></li>)}</ul>
        </div>
      )}
      {step.trainerNotes && (
        <div class="pack-notes">
          <h4>Trainer notes</h4>
          <Paragraphs text={step.trainerNotes} />
        </div>
      )}
      {!isChoiceStep(step) && routes.length > 0 && (
        <div class="pack-leads">Next: <Branches route={routes[0]!} /></div>
      )}
    </section>
  );
}

/** What the story remembers: each flag and the answers that set it. */
function FlagList({ scenario }: { scenario: Scenario }) {
  const flags = [...flagSources(scenario)].sort(([a], [b]) => a.localeCompare(b));
  if (flags.length === 0) return null;
  return (
    <section class="pack-flags" aria-labelledby="pack-flags-heading">
      <h2 id="pack-flags-heading">What the story remembers</h2>
      <p>
        Some answers are remembered (a flag), and later text, options or routes depend on them: the pack marks those
        “only shown when …”. Each flag and the answers that set it:
      </p>
      <dl>
        {flags.map(([flag, where]) => (
          <div id={`flag-${flag}`}>
            <dt><code>{flag}</code></dt>
            {where.map((w) => <dd><Text text={w} /></dd>)}
          </div>
        ))}
      </dl>
    </section>
  );
}

export default function PackSteps({ scenario, ...env }: PackProps) {
  const index = stepIndex(scenario);
  const from = reachedFrom(scenario);
  return (
    <Env.Provider value={env}>
      <Steps.Provider value={index}>
        <FlagList scenario={scenario} />
        <h2 id="pack-steps">The steps</h2>
        {scenario.steps.map((step, i) => (
          <PackStep step={step} number={i + 1} from={from.get(step.id) ?? []} start={step.id === scenario.start} />
        ))}
      </Steps.Provider>
    </Env.Provider>
  );
}
