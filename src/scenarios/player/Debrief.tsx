import { sitePath } from '../../shared/paths';
/** @jsxImportSource preact */
// The debrief: how it ended, what to take away, each answer reviewed (the recommended and harmful
// ticks, where each statement belonged, the range and why), the path taken beside the recommended
// path, and what to read next.
import type { Answer } from '../machine';
import { choiceOptions, isChoiceStep, own, stepMap, type Scenario, type Step } from '../model';
import { debriefFor, type PathEntry } from '../debrief';
import { rangeText, scaleBand } from '../rating';
import { resolveText } from '../text';
import { Grounds, Paragraphs, Text } from './env';
import { LedTo, Outcome, PathList, ReadNext, RecommendedPath, Takeaways } from './debrief-parts';
import { BackAndRestart } from './buttons';
import { FitBadge, RatingBadge } from './feedback';
import { ReviewGroup, ReviewList, selectReview, sortReview } from './review';
import type { PlayerActions, PlayerView } from './session-adapter';
import { VisitedSteps } from './StepFrame';
import type { StepOf } from './steps/types';

/** One answered step in the debrief, with what the guidance would have done. */
function AnswerReview({ scenario, entry, answer, earlier, flags }: { scenario: Scenario; entry: PathEntry; answer: Answer | undefined; earlier: readonly string[]; flags: readonly string[] }) {
  const step = stepMap(scenario).get(entry.step);
  if (!step) return null;
  return (
    <li>
      <h4>{step.title}</h4>
      <p>
        {earlier.length > 0 ? `You first chose ${earlier.join(', then ')}, then ` : 'You chose '}
        <strong><Text text={entry.answer ?? ''} /></strong>. <RatingBadge rating={entry.rating} /> <FitBadge fit={entry.fit} />
      </p>
      <AnswerDetail scenario={scenario} entry={entry} answer={answer} flags={flags} />
    </li>
  );
}

function AnswerDetail({ scenario, entry, answer, flags }: { scenario: Scenario; entry: PathEntry; answer: Answer | undefined; flags: readonly string[] }) {
  const step = stepMap(scenario).get(entry.step);
  if (!step) return null;
  if (isChoiceStep(step)) {
    const best = choiceOptions(step).filter((o) => o.rating === 'best');
    const chosenBest = best.some((o) => o.label === entry.answer);
    return (
      <>
        <Grounds reason={entry.reason} />
        {!chosenBest && best.length > 0 && (
          <p>
            <strong>The guidance recommends:</strong> <Text text={best.map((o) => o.label).join('; ')} />. <Text text={best[0]!.reason} />
          </p>
        )}
      </>
    );
  }
  return <SubmissionDetail step={step} answer={answer} flags={flags} />;
}

function SubmissionDetail({ step, answer, flags }: { step: Step; answer: Answer | undefined; flags: readonly string[] }) {
  const s = answer?.submission;
  if (step.kind === 'select' && s?.kind === 'select') {
    const { doItems, dontItems } = selectReview(step, s, flags);
    return (
      <>
        <ReviewGroup title="Do: the recommended ticks" items={doItems} level={4} />
        <ReviewGroup title="Don’t: what the guidance does not support" items={dontItems} level={4} />
      </>
    );
  }
  if (step.kind === 'sort' && s?.kind === 'sort') return <ReviewList items={sortReview(step, s, flags)} quoted />;
  if (step.kind === 'scale' && s?.kind === 'scale') {
    const band = scaleBand(step, s.value);
    const feedback = band === 'inside' ? step.inside : step[band];
    return (
      <>
        <p>
          The range the facts support: <strong>{rangeText(step.expected)}</strong>.
        </p>
        <Paragraphs text={resolveText(feedback?.feedback, flags)} />
        <Grounds reason={feedback?.reason} cite={step.cite} />
      </>
    );
  }
  return null;
}

export function Debrief({ scenario, step, view, act, titles }: { scenario: Scenario; step: StepOf<'debrief'>; view: PlayerView; act: PlayerActions; titles: ReadonlyMap<string, string> }) {
  const debrief = debriefFor(scenario, step, view.context);
  const taken = debrief.taken;
  const answered = taken.filter((e) => e.answer);
  return (
    <div class="debrief">
      <Outcome ending={debrief.ending} />
      <LedTo steps={debrief.ledTo} heading="What your choices led to" intro="Your answers took the story through steps the recommended path does not pass:" />
      <Takeaways ending={debrief.ending} />
      <div class="two-col">
        <section aria-labelledby="taken-heading">
          <h3 id="taken-heading">The path you took</h3>
          <PathList entries={taken} />
        </section>
        <RecommendedPath entries={debrief.recommended} />
      </div>
      {answered.length > 0 && (
        <section aria-labelledby="answers-heading">
          <h3 id="answers-heading">Your answers, step by step</h3>
          <ol class="answer-reviews">
            {answered.map((e) => (
              <AnswerReview scenario={scenario} entry={e} answer={own(view.context.answers, e.step)} earlier={view.earlierByStep[e.step] ?? []} flags={view.context.flags} />
            ))}
          </ol>
        </section>
      )}
      <ReadNext ending={debrief.ending} />
      <BackAndRestart onBack={act.back} onRestart={act.restart} restartIsMain>
        <a class="button secondary" href={sitePath('/practice/')}>
          More scenarios
        </a>
        <a class="button secondary" href={sitePath('/my-learning/')}>
          My learning
        </a>
      </BackAndRestart>
      <VisitedSteps visited={view.context.history} titles={titles} onPick={act.backTo} />
    </div>
  );
}
