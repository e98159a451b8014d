/** @jsxImportSource preact */
// The practice scenario player: a Preact island that runs the compiled XState machine,
// shows each step with native form controls, gives feedback, saves progress and debriefs.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import { compileScenario, type ScenarioContext } from '../../scenarios/compile';
import { position } from '../../scenarios/explore';
import {
  choiceOptions,
  conditionHolds,
  isChoiceStep,
  stepMap,
  type GuidanceRef,
  type Rating,
  type Scenario,
  type Step,
} from '../../scenarios/model';
import { clearProgress, loadProgress, saveProgress } from '../../scenarios/persist';
import type { Submission } from '../../scenarios/rating';
import { snapshotFits } from '../../scenarios/restore';
import { recommendedPath, takenPath, type PathEntry } from '../../scenarios/review';
import { guidanceHref } from '../../reference/guidance/pages';
import { recordCompletedScenario } from '../../learning/record';
import { splitContactTokens } from '../../scenarios/text';

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

const noStorage =
  'Your browser would not let this site save your progress. You can carry on, but it will not be kept if you leave the page.';

const ratingText: Record<Rating, string> = { best: 'Best', acceptable: 'Acceptable', unsafe: 'Unsafe' };

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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export default function ScenarioPlayer({ scenarioId, scenario, version, guidanceTitles, briefingTitles, contacts }: Props) {
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const steps = useMemo(() => stepMap(scenario), [scenario]);
  const [notice, setNotice] = useState<string | null>(null);
  const [linkTarget, setLinkTarget] = useState<string | null>(null);
  const [actor, setActor] = useState<AnyActorRef>(() => {
    const store = storage();
    const saved = store ? loadProgress(store, scenarioId, version, (s) => snapshotFits(scenario, machine, s)) : { status: 'none' as const };
    if (saved.status === 'discarded') queueMicrotask(() => setNotice(saved.notice));
    if (!store) queueMicrotask(() => setNotice(noStorage));
    return createActor(machine, saved.status === 'restored' ? { snapshot: saved.snapshot as never } : undefined).start();
  });
  const [snapshot, setSnapshot] = useState<AnyMachineSnapshot>(() => actor.getSnapshot());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const finishedHere = useRef(false);

  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const sub = actor.subscribe((s: AnyMachineSnapshot) => {
      setSnapshot(s);
      const store = storage();
      if (!store || !saveProgress(store, scenarioId, version, actor.getPersistedSnapshot())) setNotice(noStorage);
      if (s.status === 'done' && !finishedHere.current) {
        finishedHere.current = true;
        const ctx = s.context as ScenarioContext;
        const debrief = steps.get(position(s).step);
        const recorded = recordCompletedScenario(store, {
          id: scenarioId,
          title: scenario.title,
          completedAt: new Date().toISOString(),
          outcome: debrief?.kind === 'debrief' ? debrief.outcome : '',
          path: takenPath(scenario, ctx).map(({ title, answer, rating }) => ({ title, answer, rating })),
        });
        if (!recorded.ok) setNotice(`This scenario is finished, but it could not be added to My learning: ${recorded.error.message}`);
      }
    });
    return () => sub.unsubscribe();
  }, [actor]);

  const { step: stepId, sub } = position(snapshot);
  const step = steps.get(stepId)!;
  const context = snapshot.context as ScenarioContext;
  const answered = !!sub && sub !== 'open';

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

  const send = (event: Parameters<AnyActorRef['send']>[0]) => actor.send(event);
  const restart = (at?: string) => {
    const store = storage();
    if (store) clearProgress(store, scenarioId);
    finishedHere.current = false;
    let next: AnyActorRef;
    if (at && at !== scenario.start) {
      const jumped = machine.resolveState({ value: at, context: { flags: [], answers: {}, history: [at] } });
      next = createActor(machine, { snapshot: jumped as never }).start();
    } else next = createActor(machine).start();
    actor.stop();
    if (store) saveProgress(store, scenarioId, version, next.getPersistedSnapshot());
    setLinkTarget(null);
    setNotice(null);
    setActor(next);
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
        {linkTarget && (
          <div class="notice" role="region" aria-label="Link to a step">
            <p>
              The link you followed points to the step “{steps.get(linkTarget)!.title}”.{' '}
              {context.history.length > 1 ? 'You have saved progress at another step.' : ''}
            </p>
            <p class="button-row">
              <button type="button" class="button" onClick={() => restart(linkTarget)}>
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
            />
          ) : (
            <>
              <Paragraphs text={step.body} />
              <StepBody
                key={`${stepId}:${sub ?? ''}`}
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
                      <li>{p}</li>
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
  send: (e: any) => void;
  cite: (r: GuidanceRef) => ComponentChildren;
  feedbackRef: { current: HTMLDivElement | null };
}

function Feedback({
  feedbackRef,
  rating,
  children,
}: {
  feedbackRef: StepProps['feedbackRef'];
  rating: Rating | null;
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
      </h3>
      {children}
    </div>
  );
}

/** An answered step: the question, what the learner gave, the feedback, and Continue. */
function Answered({
  question,
  given,
  rating,
  feedbackRef,
  send,
  children,
}: {
  question: string;
  given?: ComponentChildren;
  rating: Rating | null;
  feedbackRef: StepProps['feedbackRef'];
  send: StepProps['send'];
  children: ComponentChildren;
}) {
  return (
    <>
      <p>
        <strong>{question}</strong>
      </p>
      {given}
      <Feedback feedbackRef={feedbackRef} rating={rating}>
        {children}
      </Feedback>
      <p class="button-row">
        <button type="button" class="button" onClick={() => send({ type: 'CONTINUE' })}>
          Continue
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
  const answer = context.answers[step.id];

  if (step.kind === 'narrative') {
    return (
      <p class="button-row">
        <button type="button" class="button" onClick={() => send({ type: 'CONTINUE' })}>
          Continue
        </button>
      </p>
    );
  }
  const errorText = error && (
    <p class="field-error" id={`${step.id}-error`} role="alert">
      {error}
    </p>
  );

  if (isChoiceStep(step)) {
    const options = choiceOptions(step).filter((o) => conditionHolds(o.when, context.flags));
    if (answered && answer) {
      const o = choiceOptions(step).find((x) => x.id === answer.choice)!;
      return (
        <Answered
          question={step.question}
          rating={o.rating}
          feedbackRef={feedbackRef}
          send={send}
          given={
            <>
              <p>
                Your answer: <strong>{o.label}</strong>
              </p>
            </>
          }
        >
          <Paragraphs text={o.feedback} />
          <p>
            <strong>Why:</strong> <Text text={o.reason} />
          </p>
          <p class="cite">Guidance: {cite(o.cite)}</p>
        </Answered>
      );
    }
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
          <legend>{step.question}</legend>
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
  const sub = answer?.submission;

  if (step.kind === 'select') {
    if (answered && sub?.kind === 'select') {
      return (
        <Answered question={step.question} rating={answer!.rating} feedbackRef={feedbackRef} send={send}>
          <ul class="option-review">
            {step.options.map((o) => {
              const ticked = sub.selected.includes(o.id);
              const right = ticked === o.correct;
              return (
                <li class={right ? 'right' : 'wrong'}>
                  <strong>{o.label}</strong>{' '}
                  <span class="verdict">
                    ({ticked ? 'you ticked it' : 'you did not tick it'};{' '}
                    {o.correct ? 'the guidance says do this' : 'the guidance does not support this'}
                    {o.essential && !ticked ? ': missing this is unsafe' : ''})
                  </span>
                  <br />
                  <Text text={o.feedback} /> <span class="cite">Guidance: {cite(o.cite)}</span>
                </li>
              );
            })}
          </ul>
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
          <legend>{step.question}</legend>
          {step.options.map((o) => (
            <Choice type="checkbox" name="selected" id={`${step.id}-${o.id}`} value={o.id}>
              {o.label}
            </Choice>
          ))}
        </fieldset>
        <SubmitRow />
      </form>
    );
  }

  if (step.kind === 'sort') {
    if (answered && sub?.kind === 'sort') {
      const label = (g: string) => step.groups.find((x) => x.id === g)?.label ?? g;
      return (
        <Answered question={step.question} rating={answer!.rating} feedbackRef={feedbackRef} send={send}>
          <ul class="option-review">
            {step.statements.map((st) => {
              const right = sub.placements[st.id] === st.group;
              return (
                <li class={right ? 'right' : 'wrong'}>
                  “{st.text}”{' '}
                  <span class="verdict">
                    (
                    {right
                      ? `${label(st.group)}: you sorted it the same way`
                      : `you chose ${label(sub.placements[st.id] ?? '')}; the guidance would say ${label(st.group)}`}
                    )
                  </span>
                  <br />
                  <Text text={st.feedback} />
                </li>
              );
            })}
          </ul>
          <p class="cite">Guidance: {cite(step.cite)}</p>
        </Answered>
      );
    }
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
          <strong>{step.question}</strong>
        </p>
        {errorText}
        {step.statements.map((st, i) => (
          <fieldset class="sort-item">
            <legend>
              <span class="visually-hidden">Statement {i + 1}: </span>“{st.text}”
            </legend>
            <div class="sort-options">
              {step.groups.map((g) => (
                <Choice inline type="radio" name={`sort-${st.id}`} id={`${step.id}-${st.id}-${g.id}`} value={g.id}>
                  {g.label}
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
    if (answered && sub?.kind === 'scale') {
      return (
        <Answered
          question={step.question}
          rating={answer!.rating}
          feedbackRef={feedbackRef}
          send={send}
          given={
            <>
              <p>
                Your score: <strong>{sub.value}</strong> out of 10. Your reason: {sub.reason}
              </p>
            </>
          }
        >
          <p>
            {answer!.rating === 'best'
              ? 'Your score is in the range the facts support'
              : 'Your score is outside the range the facts support'}{' '}
            ({step.expected.min === step.expected.max ? step.expected.min : `${step.expected.min} to ${step.expected.max}`}).
          </p>
          <Paragraphs text={step.feedback} />
          <p class="cite">Guidance: {cite(step.cite)}</p>
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
          <legend>{step.question}</legend>
          <p class="scale-ends">
            <span>0 = {step.zero}</span> <span>10 = {step.ten}</span>
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

  // write
  if (answered && sub?.kind === 'write') {
    return (
      <Answered
        question={step.question}
        rating={answer!.rating}
        feedbackRef={feedbackRef}
        send={send}
        given={
          <>
            <div class="two-col">
              <div>
                <h3>Your record</h3>
                <p class="record">{sub.text}</p>
              </div>
              <div>
                <h3>A model record</h3>
                <Paragraphs text={step.model} />
              </div>
            </div>
          </>
        }
      >
        <p>Your self-check:</p>
        <ul class="option-review">
          {step.checklist.map((c, i) => (
            <li class={sub.checked.includes(String(i)) ? 'right' : 'wrong'}>
              {sub.checked.includes(String(i)) ? 'Met: ' : 'Not yet: '}
              {c}
            </li>
          ))}
        </ul>
        <p class="cite">Guidance: {cite(step.cite)}</p>
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
      <label for={`${step.id}-record`}>
        <strong>{step.question}</strong>
      </label>
      <p class="small">Use made-up details only. Never type anything about a real child or family.</p>
      <textarea id={`${step.id}-record`} name="record" rows={8}></textarea>
      <fieldset>
        <legend>Check your record: tick each point it meets</legend>
        {step.checklist.map((c, i) => (
          <Choice type="checkbox" name="check" id={`${step.id}-check-${i}`} value={String(i)}>
            {c}
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
            {e.answer && <>: {e.answer}</>} <RatingBadge rating={e.rating} />
            {e.reason && (
              <>
                <br />
                <span class="small">{e.reason}</span>
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
}: {
  scenario: Scenario;
  step: Extract<Step, { kind: 'debrief' }>;
  context: ScenarioContext;
  cite: (r: GuidanceRef) => ComponentChildren;
  briefingTitles: Record<string, string>;
  onRestart: () => void;
}) {
  const taken = takenPath(scenario, context);
  const recommended = recommendedPath(scenario);
  const briefings = step.briefings.filter((b) => briefingTitles[b]);
  return (
    <div class="debrief">
      <p class="outcome">
        <strong>Outcome:</strong> {step.title}. {step.outcome}
      </p>
      <Paragraphs text={step.body} />
      <div class="two-col">
        <section aria-labelledby="taken-heading">
          <h3 id="taken-heading">The path you took</h3>
          <PathList entries={taken} />
        </section>
        <section aria-labelledby="recommended-heading">
          <h3 id="recommended-heading">The recommended path</h3>
          <PathList entries={recommended} />
        </section>
      </div>
      <h3>What to take away</h3>
      <ul>
        {step.takeaways.map((t) => (
          <li>
            <Text text={t} />
          </li>
        ))}
      </ul>
      <h3>Read next</h3>
      <ul>
        {step.guidance.map((g) => (
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
