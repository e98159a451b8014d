/** @jsxImportSource preact */
// The debrief: how it ended, what to take away, each answer reviewed (the recommended and harmful
// ticks, where each statement belonged, the range and why), the path taken beside the recommended
// path, and what to read next.
import { useContext } from 'preact/hooks';
import type { Answer } from '../compile';
import { choiceOptions, isChoiceStep, stepMap, type Scenario, type Step } from '../model';
import { recommendedPath, takenPath, type PathEntry } from '../review';
import { Cite, Env, Paragraphs, Text } from './env';
import { RatingBadge } from './feedback';
import { rangeText, ReviewGroup, ReviewList, selectReview, sortReview } from './review';
import type { PlayerActions, PlayerView } from './session-adapter';
import type { StepOf } from './steps/types';

function PathList({ entries }: { entries: PathEntry[] }) {
  return (
    <ol class="path">
      {entries
        .filter((e) => e.answer || e.rating)
        .map((e) => (
          <li>
            <strong>{e.title}</strong>
            {e.answer && <>: {e.answer}</>} <RatingBadge rating={e.rating} />
          </li>
        ))}
    </ol>
  );
}

/** One answered step in the debrief, with what the guidance would have done. */
function AnswerReview({ scenario, entry, answer, earlier }: { scenario: Scenario; entry: PathEntry; answer: Answer | undefined; earlier: readonly string[] }) {
  const step = stepMap(scenario).get(entry.step);
  if (!step) return null;
  return (
    <li>
      <h4>{step.title}</h4>
      <p>
        {earlier.length > 0 ? `You first chose ${earlier.join(', then ')}, then ` : 'You chose '}
        <strong>{entry.answer}</strong>. <RatingBadge rating={entry.rating} />
      </p>
      <AnswerDetail scenario={scenario} entry={entry} answer={answer} />
    </li>
  );
}

function AnswerDetail({ scenario, entry, answer }: { scenario: Scenario; entry: PathEntry; answer: Answer | undefined }) {
  const step = stepMap(scenario).get(entry.step);
  if (!step) return null;
  if (isChoiceStep(step)) {
    const best = choiceOptions(step).filter((o) => o.rating === 'best');
    const chosenBest = best.some((o) => o.label === entry.answer);
    return (
      <>
        {entry.reason && (
          <p>
            <strong>Why:</strong> <Text text={entry.reason} />
          </p>
        )}
        {!chosenBest && best.length > 0 && (
          <p>
            <strong>The guidance recommends:</strong> {best.map((o) => o.label).join('; ')}. <Text text={best[0]!.reason} />
          </p>
        )}
      </>
    );
  }
  return <SubmissionDetail step={step} answer={answer} />;
}

function SubmissionDetail({ step, answer }: { step: Step; answer: Answer | undefined }) {
  const s = answer?.submission;
  if (step.kind === 'select' && s?.kind === 'select') {
    const { doItems, dontItems } = selectReview(step, s);
    return (
      <>
        <ReviewGroup title="Do: the recommended ticks" items={doItems} level={4} />
        <ReviewGroup title="Don’t: what the guidance does not support" items={dontItems} level={4} />
      </>
    );
  }
  if (step.kind === 'sort' && s?.kind === 'sort') return <ReviewList items={sortReview(step, s)} quoted />;
  if (step.kind === 'scale' && s?.kind === 'scale') {
    return (
      <>
        <p>
          The range the facts support: <strong>{rangeText(step.expected)}</strong>.
        </p>
        <Paragraphs text={step.feedback} />
        <p>
          <Cite to={step.cite} />
        </p>
      </>
    );
  }
  return null;
}

export function Debrief({ scenario, step, view, act }: { scenario: Scenario; step: StepOf<'debrief'>; view: PlayerView; act: PlayerActions }) {
  const { briefingTitles } = useContext(Env);
  const taken = takenPath(scenario, view.context);
  const answered = taken.filter((e) => e.answer);
  const briefings = step.briefings.filter((b) => briefingTitles[b]);
  return (
    <div class="debrief">
      <p class="outcome">
        <strong>Outcome:</strong> {step.title}. {step.outcome}
      </p>
      <Paragraphs text={step.body} />
      <h3>What to take away</h3>
      <ul>
        {step.takeaways.map((t) => (
          <li>
            <Text text={t} />
          </li>
        ))}
      </ul>
      <div class="two-col">
        <section aria-labelledby="taken-heading">
          <h3 id="taken-heading">The path you took</h3>
          <PathList entries={taken} />
        </section>
        <section aria-labelledby="recommended-heading">
          <h3 id="recommended-heading">The recommended path</h3>
          <PathList entries={recommendedPath(scenario)} />
        </section>
      </div>
      {answered.length > 0 && (
        <section aria-labelledby="answers-heading">
          <h3 id="answers-heading">Your answers, step by step</h3>
          <ol class="answer-reviews">
            {answered.map((e) => (
              <AnswerReview scenario={scenario} entry={e} answer={view.context.answers[e.step]} earlier={view.earlierByStep[e.step] ?? []} />
            ))}
          </ol>
        </section>
      )}
      <h3>Read next</h3>
      <ul>
        {step.guidance.map((g) => (
          <li>
            <Cite to={g} label="" />
          </li>
        ))}
        {briefings.map((b) => (
          <li>
            <a href={`/briefings/${b}/`}>{briefingTitles[b]}</a> (7-minute briefing)
          </li>
        ))}
      </ul>
      <p class="button-row">
        <button type="button" class="button" onClick={act.restart}>
          Start again
        </button>
        <a class="button secondary" href="/practice/">
          More scenarios
        </a>
        <a class="button secondary" href="/my-learning/">
          My learning
        </a>
      </p>
    </div>
  );
}
