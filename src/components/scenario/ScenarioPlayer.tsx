/** @jsxImportSource preact */
// The practice scenario player: a Preact island that runs the compiled XState machine,
// shows each step with native form controls, gives feedback, saves progress and debriefs.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScenarioContext, ScenarioEvent } from '../../scenarios/machine';
import { checklistItems, conditionHolds, stepMap, type Fit, type GuidanceRef, type Rating, type Scenario, type Step } from '../../scenarios/model';
import type { Submission } from '../../scenarios/rating';
import { openSession, type ScenarioSession } from '../../scenarios/session';
import { debriefFor, reviewAnswer, type PathEntry, type SelectItem } from '../../scenarios/debrief';
import { choiceOrder, selectOrder, sortOrder } from '../../scenarios/shuffle';
import { fitText, ratingText } from '../../scenarios/vocabulary';
import { guidanceHref } from '../../reference/guidance/pages';
import { browserStore } from '../../shared/storage';
import { resolveText, splitContactTokens } from '../../scenarios/text';

/** A contact as the player shows it: number, tel: link and keypad options. */
export interface PlayerContact {
  name: string;
  number: string;
  href: string;
  keypad: string;
}
const Contacts = createContext<Record<string, PlayerContact>>({});

interface Props {
  scenarioId: string;
  scenario: Scenario;
  /** Content hash: saved progress from another version is discarded. */
  version: string;
  /** Guidance page titles by slug, for citation links. */
  guidanceTitles: Record<string, string>;
  /** Briefing titles by slug (only briefings that exist). */
  briefingTitles: Record<string, string>;
  /** Contacts by id, for [contact:id] in scenario text. */
  contacts: Record<string, PlayerContact>;
}


function Text({ text }: { text: string }) {
  const contacts = useContext(Contacts);
  return (
    <>
      {splitContactTokens(text).map((part) => {
        if (typeof part === 'string') return part;
        const c = contacts[part.contact];
        if (!c) return part.contact;
        return (
          <span class="contact-number" data-contact={part.contact}>
            <a class="tel" href={c.href}>
              {c.number}
            </a>
            {c.keypad && <span class="keypad"> ({c.keypad})</span>}
          </span>
        );
      })}
    </>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p>
            <Text text={p.trim()} />
          </p>
        ))}
    </>
  );
}

function RatingBadge({ rating }: { rating: Rating | null }) {
  if (!rating) return null;
  return <span class={`rating rating-${rating}`}>{ratingText[rating]}</span>;
}

export default function ScenarioPlayer(props: Props) {
  const [session, setSession] = useState<ScenarioSession | null>(null);
  useEffect(() => {
    let live = true;
    void openSession({ scenarioId: props.scenarioId, scenario: props.scenario, version: props.version, store: browserStore() }).then((s) => live && setSession(s));
    return () => { live = false; };
  }, []);
  return session ? <Player {...props} session={session} /> : null;
}

function Player({ scenario, guidanceTitles, briefingTitles, contacts, session }: Props & { session: ScenarioSession }) {
  const steps = useMemo(() => stepMap(scenario), [scenario]);
  const [view, setView] = useState(() => session.view());
  const [restartConflict, setRestartConflict] = useState(false);
  const [linkTarget, setLinkTarget] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    const unsubscribe = session.subscribe(setView);
    // Another tab saving the same scenario: the session stops saving until the learner chooses.
    const onStorage = () => session.refresh();
    window.addEventListener('storage', onStorage);
    return () => { unsubscribe(); window.removeEventListener('storage', onStorage); };
  }, [session]);

  const stepId = view.step.id;
  const step = view.step;
  const context = view.context;
  const notice = view.notice;
  const answered = view.sub === 'answered';

  // A link to a step (#step-id) that is not where the learner is: offer to go there.
  useEffect(() => {
    // The page says the exercise needs JavaScript until the player is running.
    document.getElementById('js-required')?.remove();
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      hash = '';
    } // a malformed link is ignored
    // Debriefs are endings, not places to start from.
    if (hash && hash !== stepId && steps.has(hash) && steps.get(hash)!.kind !== 'debrief') setLinkTarget(hash);
  }, []);

  // Keep the address pointing at the current step, and move focus to each new step's heading.
  useEffect(() => {
    if (!linkTarget) history.replaceState(null, '', `#${stepId}`);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [stepId]);
  // Move focus to feedback when the learner answers (not when a page opens on an answered step).
  const feedbackReady = useRef(false);
  useEffect(() => {
    if (answered && feedbackReady.current) feedbackRef.current?.focus();
    feedbackReady.current = true;
  }, [answered, stepId]);

  const send = (event: ScenarioEvent) => session.send(event);
  const restart = (at?: string, force = false) => {
    if (session.restart({ at, force }) === 'conflict') {
      setRestartConflict(true);
      return;
    }
    setRestartConflict(false);
    setLinkTarget(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const cite = (ref: GuidanceRef) => (
    <a href={guidanceHref(ref)}>{guidanceTitles[ref.page] ?? ref.page}</a>
  );

  return (
    <Contacts.Provider value={contacts}>
      <div class="player">
        {notice && (
          <div class="notice" role="alert">
            <p>{notice}</p>
          </div>
        )}
        {view.conflict && (
          <div class="notice" role="alert">
            <p>
              {restartConflict
                ? 'This scenario has progress saved in another tab or window. Starting again here would replace it.'
                : 'This scenario was changed in another tab or window, so this tab has stopped saving.'}
            </p>
            <p class="button-row">
              {restartConflict ? (
                <button type="button" class="button" onClick={() => restart(undefined, true)}>Start again anyway</button>
              ) : (
                <button type="button" class="button" onClick={() => session.keepThisTab()}>Keep this tab's progress</button>
              )}{' '}
              <button type="button" class="button secondary" onClick={() => { setRestartConflict(false); void session.loadOtherTab(); }}>Load the other tab's progress</button>
            </p>
          </div>
        )}
        {linkTarget && (
          <div class="notice" role="region" aria-label="Link to a step">
            <p>
              The link you followed points to the step “{steps.get(linkTarget)!.title}”.{' '}
              {context.history.length > 1 ? 'You have saved progress at another step.' : ''}
            </p>
            <p class="button-row">
              <button type="button" class="button" onClick={() => restart(linkTarget, true)}>
                Go to that step
              </button>{' '}
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  setLinkTarget(null);
                  history.replaceState(null, '', `#${stepId}`);
                  requestAnimationFrame(() => headingRef.current?.focus());
                }}
              >
                Stay where I am
              </button>
            </p>
            <p class="small">Going to that step starts the scenario from there: earlier answers are not recorded.</p>
          </div>
        )}
        <section class="step" aria-labelledby="step-heading" data-step={stepId} id={stepId}>
          <p class="step-progress">
            Step {context.history.length} · {kindLabel(step)}
          </p>
          <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
            {step.kind === 'debrief' ? 'Debrief' : step.title}
          </h2>
          {step.kind === 'debrief' ? (
            <Debrief
              scenario={scenario}
              step={step}
              context={context}
              cite={cite}
              briefingTitles={briefingTitles}
              onRestart={() => restart()}
              onBack={() => send({ type: 'BACK' })}
              completion={view.completion}
            />
          ) : (
            <>
              <Paragraphs text={resolveText(step.body, context.flags)} />
              <StepBody
                key={`${stepId}:${view.sub ?? ''}`}
                step={step}
                context={context}
                answered={answered}
                send={send}
                cite={cite}
                feedbackRef={feedbackRef}
              />
              {step.prompts.length > 0 && (
                <details class="prompts">
                  <summary>Questions to discuss</summary>
                  <ul>
                    {step.prompts.map((p) => (
                      <li>
                        <Text text={p} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <p class="button-row nav-row">
                {context.history.length > 1 && (
                  <button type="button" class="button secondary" onClick={() => send({ type: 'BACK' })}>
                    Back
                  </button>
                )}{' '}
                <button type="button" class="button secondary" onClick={() => restart()}>
                  Start again
                </button>
              </p>
            </>
          )}
        </section>
      </div>
    </Contacts.Provider>
  );
}

function kindLabel(step: Step): string {
  return {
    narrative: 'What happens',
    decision: 'Decision',
    level: 'Level of need',
    select: 'Select all that apply',
    sort: 'Sorting',
    scale: 'Scaling question',
    write: 'Writing a record',
    debrief: 'Debrief',
  }[step.kind];
}

interface StepProps {
  step: Exclude<Step, { kind: 'debrief' }>;
  context: ScenarioContext;
  answered: boolean;
  send: (e: ScenarioEvent) => void;
  cite: (r: GuidanceRef) => ComponentChildren;
  feedbackRef: { current: HTMLDivElement | null };
}

function Feedback({
  feedbackRef,
  rating,
  fit,
  children,
}: {
  feedbackRef: StepProps['feedbackRef'];
  rating: Rating | null;
  fit?: Fit | null;
  children: ComponentChildren;
}) {
  return (
    <div class={`feedback feedback-${rating ?? 'none'}`} ref={feedbackRef} tabIndex={-1} role="region" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">
        Feedback
        {rating && (
          <>
            : <RatingBadge rating={rating} />
          </>
        )}
        {fit && <span class={`fit fit-${fit}`}> · {fitText[fit]}</span>}
      </h3>
      {children}
    </div>
  );
}

/** An answered step: the question, what the learner gave, the feedback, Continue, and answering again. */
function Answered({
  question,
  given,
  rating,
  fit,
  feedbackRef,
  send,
  children,
}: {
  question: string;
  given?: ComponentChildren;
  rating: Rating | null;
  fit?: Fit | null;
  feedbackRef: StepProps['feedbackRef'];
  send: StepProps['send'];
  children: ComponentChildren;
}) {
  return (
    <>
      <p>
        <strong>
          <Text text={question} />
        </strong>
      </p>
      {given}
      <Feedback feedbackRef={feedbackRef} rating={rating} fit={fit}>
        {children}
      </Feedback>
      <p class="button-row">
        <button type="button" class="button" onClick={() => send({ type: 'CONTINUE' })}>
          Continue
        </button>{' '}
        <button type="button" class="button secondary" onClick={() => send({ type: 'CHANGE' })}>
          Try a different answer
        </button>
      </p>
    </>
  );
}

/** The submit button every question form ends with. */
function SubmitRow({ label = 'Submit answer' }: { label?: string }) {
  return (
    <p class="button-row">
      <button type="submit" class="button">
        {label}
      </button>
    </p>
  );
}

/** A native radio button or checkbox with its label. */
function Choice({
  type,
  name,
  id,
  value,
  inline = false,
  children,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  id: string;
  value: string | number;
  inline?: boolean;
  children: ComponentChildren;
}) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag class={inline ? 'choice inline' : 'choice'}>
      <input type={type} name={name} id={id} value={value} />
      <label for={id}>{children}</label>
    </Tag>
  );
}

function StepBody({ step, context, answered, send, cite, feedbackRef }: StepProps) {
  const [error, setErrorNow] = useState<string | null>(null);
  // Clear, then set, so that the same message is announced again on a second try.
  const setError = (message: string) => {
    setErrorNow(null);
    requestAnimationFrame(() => setErrorNow(message));
  };
  const answer = Object.hasOwn(context.answers, step.id) ? context.answers[step.id] : undefined;
  const review = answered && answer ? reviewAnswer(step, answer, context.flags) : undefined;

  if (step.kind === 'narrative') {
    return (
      <p class="button-row">
        <button type="button" class="button" onClick={() => send({ type: 'CONTINUE' })}>
          Continue
        </button>
      </p>
    );
  }
  const question = resolveText(step.question, context.flags);
  const errorText = error && (
    <p class="field-error" id={`${step.id}-error`} role="alert">
      {error}
    </p>
  );

  if (step.kind === 'decision' || step.kind === 'level') {
    if (review?.kind === 'choice') {
      return (
        <Answered
          question={question}
          rating={review.rating}
          fit={review.fit}
          feedbackRef={feedbackRef}
          send={send}
          given={
            <p>
              Your answer: <strong><Text text={review.label} /></strong>
            </p>
          }
        >
          <Paragraphs text={review.feedback} />
          <p>
            <strong>Why:</strong> <Text text={review.reason} />
          </p>
          <p class="cite">Guidance: {cite(review.cite)}</p>
        </Answered>
      );
    }
    const options = choiceOrder(step, context.seed).filter((o) => conditionHolds(o.when, context.flags));
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const choice = new FormData(e.currentTarget as HTMLFormElement).get('choice');
          if (!choice) {
            setError('Choose one option.');
            return;
          }
          send({ type: 'CHOOSE', option: String(choice) });
        }}
        noValidate
      >
        <fieldset aria-describedby={error ? `${step.id}-error` : undefined}>
          <legend>
            <Text text={question} />
          </legend>
          {errorText}
          {options.map((o) => (
            <Choice type="radio" name="choice" id={`${step.id}-${o.id}`} value={o.id}>
              <Text text={o.label} />
            </Choice>
          ))}
        </fieldset>
        <SubmitRow />
      </form>
    );
  }

  const submit = (submission: Submission) => send({ type: 'SUBMIT', submission });

  if (step.kind === 'select') {
    if (review?.kind === 'select') {
      const item = (o: SelectItem, isDo: boolean) => (
        <li class={o.ticked === isDo ? 'right' : 'wrong'}>
          <strong><Text text={o.label} /></strong>{' '}
          <span class="verdict">
            ({o.ticked ? 'you ticked it' : 'you did not tick it'}
            {o.advice === 'essential' && !o.ticked ? ': missing this is unsafe' : ''}
            {o.advice === 'harmful' && o.ticked ? ': this leaves a child at risk' : ''})
          </span>
          <br />
          <Text text={o.feedback} /> <span class="cite">Guidance: {cite(o.cite)}</span>
        </li>
      );
      return (
        <Answered question={question} rating={review.rating} fit={review.fit} feedbackRef={feedbackRef} send={send}>
          {review.harmfulTicked.map((o) => (
            <p class="harmful"><strong><Text text={o.label} />:</strong> <Text text={o.feedback} /></p>
          ))}
          <h4>Do</h4>
          <ul class="option-review">{review.recommended.map((o) => item(o, true))}</ul>
          <h4>Don't</h4>
          <ul class="option-review">{review.notRecommended.map((o) => item(o, false))}</ul>
        </Answered>
      );
    }
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const selected = new FormData(e.currentTarget as HTMLFormElement).getAll('selected').map(String);
          submit({ kind: 'select', selected });
        }}
      >
        <fieldset>
          <legend>
            <Text text={question} />
          </legend>
          {selectOrder(step, context.seed).map((o) => (
            <Choice type="checkbox" name="selected" id={`${step.id}-${o.id}`} value={o.id}>
              <Text text={o.label} />
            </Choice>
          ))}
        </fieldset>
        <SubmitRow />
      </form>
    );
  }

  if (step.kind === 'sort') {
    if (review?.kind === 'sort') {
      return (
        <Answered question={question} rating={review.rating} feedbackRef={feedbackRef} send={send}>
          <p>
            You sorted {review.right} of {review.total} statements as the guidance would.
          </p>
          <ul class="option-review">
            {review.statements.map((st) => (
              <li class={st.right ? 'right' : 'wrong'}>
                “<Text text={st.text} />”{' '}
                <span class="verdict">
                  ({st.right ? `${st.belongs}: you sorted it the same way` : `you chose ${st.placed}; the guidance would say ${st.belongs}`})
                </span>
                <br />
                <Text text={st.feedback} />
              </li>
            ))}
          </ul>
          <p>
            <strong>Why:</strong> <Text text={review.reason} />
          </p>
          <p class="cite">Guidance: {cite(review.cite)}</p>
        </Answered>
      );
    }
    const statements = sortOrder(step, context.seed);
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget as HTMLFormElement);
          const placements = Object.fromEntries(step.statements.map((st) => [st.id, String(data.get(`sort-${st.id}`) ?? '')]));
          const missing = step.statements.filter((st) => !placements[st.id]);
          if (missing.length) {
            setError(`Sort every statement: ${missing.length} still to do.`);
            return;
          }
          submit({ kind: 'sort', placements });
        }}
        noValidate
      >
        <p>
          <strong>
            <Text text={question} />
          </strong>
        </p>
        {errorText}
        {statements.map((st, i) => (
          <fieldset class="sort-item">
            <legend>
              <span class="visually-hidden">Statement {i + 1}: </span>“<Text text={st.text} />”
            </legend>
            <div class="sort-options">
              {step.groups.map((g) => (
                <Choice inline type="radio" name={`sort-${st.id}`} id={`${step.id}-${st.id}-${g.id}`} value={g.id}>
                  <Text text={g.label} />
                </Choice>
              ))}
            </div>
          </fieldset>
        ))}
        <SubmitRow />
      </form>
    );
  }

  if (step.kind === 'scale') {
    if (review?.kind === 'scale') {
      return (
        <Answered
          question={question}
          rating={review.rating}
          fit={review.fit}
          feedbackRef={feedbackRef}
          send={send}
          given={
            <p>
              Your score: <strong>{review.value}</strong> out of 10. Your reason: {review.learnerReason}
            </p>
          }
        >
          <p>
            {review.band === 'inside' ? 'Your score is in the range the facts support' : review.band === 'below' ? 'Your score is below the range the facts support' : 'Your score is above the range the facts support'}{' '}
            ({review.min === review.max ? review.min : `${review.min} to ${review.max}`}).
          </p>
          <Paragraphs text={review.feedback} />
          <p>
            <strong>Why:</strong> <Text text={review.reason} />
          </p>
          <p class="cite">Guidance: {cite(review.cite)}</p>
        </Answered>
      );
    }
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget as HTMLFormElement);
          const value = data.get('scale');
          const reason = String(data.get('reason') ?? '');
          if (value === null) {
            setError('Choose a number from 0 to 10.');
            return;
          }
          if (!reason.trim()) {
            setError('Give a reason for your score: scaling answers need a clear rationale.');
            return;
          }
          submit({ kind: 'scale', value: Number(value), reason: reason.trim() });
        }}
        noValidate
      >
        {errorText}
        <fieldset>
          <legend>
            <Text text={question} />
          </legend>
          <p class="scale-ends">
            <span>
              0 = <Text text={step.zero} />
            </span>{' '}
            <span>
              10 = <Text text={step.ten} />
            </span>
          </p>
          <div class="scale">
            {Array.from({ length: 11 }, (_, n) => (
              <Choice inline type="radio" name="scale" id={`${step.id}-${n}`} value={n}>
                {n}
              </Choice>
            ))}
          </div>
        </fieldset>
        <label for={`${step.id}-reason`}>Why this number? What makes it this score and not one lower?</label>
        <textarea id={`${step.id}-reason`} name="reason" rows={3}></textarea>
        <SubmitRow />
      </form>
    );
  }

  // write: never rated; the learner's self-check is shown as theirs.
  if (review?.kind === 'write') {
    return (
      <Answered
        question={question}
        rating={null}
        feedbackRef={feedbackRef}
        send={send}
        given={
          <div class="two-col">
            <div>
              <h3>Your record</h3>
              <p class="record">{review.text}</p>
            </div>
            <div>
              <h3>A model record</h3>
              <Paragraphs text={review.model} />
            </div>
          </div>
        }
      >
        <p>Your self-check (your own view of your record, not a score):</p>
        <ul class="option-review">
          {review.checklist.map((c) => (
            <li class={c.ticked ? 'right' : 'wrong'}>
              {c.ticked ? 'You ticked: ' : 'Not ticked: '}
              <Text text={c.text} />
            </li>
          ))}
        </ul>
        <p class="cite">Guidance: {cite(review.cite)}</p>
      </Answered>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget as HTMLFormElement);
        const text = String(data.get('record') ?? '');
        if (!text.trim()) {
          setError('Write your record first.');
          return;
        }
        submit({ kind: 'write', text: text.trim(), checked: data.getAll('check').map(String) });
      }}
      noValidate
    >
      {errorText}
      {step.facts.length > 0 && (
        <div class="facts">
          <h3>The facts to use</h3>
          <ul>
            {step.facts.map((f) => (
              <li>
                <Text text={f} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <label for={`${step.id}-record`}>
        <strong>
          <Text text={question} />
        </strong>
      </label>
      <p class="small">Use made-up details only. Never type anything about a real child or family.</p>
      <textarea id={`${step.id}-record`} name="record" rows={8}></textarea>
      <fieldset>
        <legend>Check your record: tick each point it meets</legend>
        {checklistItems(step).map((c, i) => (
          <Choice type="checkbox" name="check" id={`${step.id}-check-${i}`} value={String(i)}>
            <Text text={c.text} />
          </Choice>
        ))}
      </fieldset>
      <SubmitRow label="Save and compare with a model record" />
    </form>
  );
}

function PathList({ entries }: { entries: PathEntry[] }) {
  return (
    <ol class="path">
      {entries
        .filter((e) => e.answer || e.rating)
        .map((e) => (
          <li>
            <strong>{e.title}</strong>
            {e.firstAnswer && (
              <>
                : you first chose <Text text={e.firstAnswer} />, then
              </>
            )}
            {e.answer && (
              <>
                {e.firstAnswer ? ' ' : ': '}
                <Text text={e.answer} />
              </>
            )}{' '}
            <RatingBadge rating={e.rating} />
            {e.fit && <span class="fit"> {fitText[e.fit]}</span>}
            {e.reason && (
              <>
                <br />
                <span class="small">
                  <Text text={e.reason} />
                </span>
              </>
            )}
          </li>
        ))}
    </ol>
  );
}

function Debrief({
  scenario,
  step,
  context,
  cite,
  briefingTitles,
  onRestart,
  onBack,
  completion,
}: {
  scenario: Scenario;
  step: Extract<Step, { kind: 'debrief' }>;
  context: ScenarioContext;
  cite: (r: GuidanceRef) => ComponentChildren;
  briefingTitles: Record<string, string>;
  onRestart: () => void;
  onBack: () => void;
  completion: 'recorded' | 'not-counted' | null;
}) {
  const d = debriefFor(scenario, step, context);
  const briefings = d.ending.briefings.filter((b) => briefingTitles[b]);
  return (
    <div class="debrief">
      <p class="outcome">
        <strong>Outcome:</strong> {d.ending.title}. <Text text={d.ending.outcome} />
      </p>
      <Paragraphs text={d.ending.body} />
      {completion === 'not-counted' && (
        <p class="small">You started this scenario part-way through, from a link, so it is not added to My learning.</p>
      )}
      {d.ledTo.length > 1 && (
        <>
          <h3>What your choices led to</h3>
          <ul>
            {d.ledTo.map((s) => (
              <li>{s.title}</li>
            ))}
          </ul>
        </>
      )}
      <div class="two-col">
        <section aria-labelledby="taken-heading">
          <h3 id="taken-heading">The path you took</h3>
          <PathList entries={d.taken} />
        </section>
        <section aria-labelledby="recommended-heading">
          <h3 id="recommended-heading">The recommended path</h3>
          <PathList entries={d.recommended} />
        </section>
      </div>
      <h3>What to take away</h3>
      <ul>
        {d.ending.takeaways.map((t) => (
          <li>
            <Text text={t} />
          </li>
        ))}
      </ul>
      <h3>Read next</h3>
      <ul>
        {d.ending.guidance.map((g) => (
          <li>{cite(g)}</li>
        ))}
        {briefings.map((b) => (
          <li>
            <a href={`/briefings/${b}/`}>{briefingTitles[b]}</a> (7-minute briefing)
          </li>
        ))}
      </ul>
      <p class="button-row">
        <button type="button" class="button" onClick={onRestart}>
          Start again
        </button>{' '}
        <button type="button" class="button secondary" onClick={onBack}>
          Back
        </button>{' '}
        <a class="button secondary" href="/practice/">
          More scenarios
        </a>{' '}
        <a class="button secondary" href="/my-learning/">
          My learning
        </a>
      </p>
    </div>
  );
}
