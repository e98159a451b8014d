/** @jsxImportSource preact */
// The scenario player, loaded by the island (ScenarioPlayer.tsx) when the learner starts, or at once
// when there is saved progress or a link to a step. It only renders: the session (session-adapter.ts)
// holds the lifecycle, each kind of step has its own component (steps/), the debrief its own.
// Here: notices, focus, and the browser's Back and Forward (step-history.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { markStarted } from '../../shared/enhance';
import type { Scenario } from '../model';
import { Debrief } from './Debrief';
import { Env, type PlayerEnv } from './env';
import { createPlayerSession, type PlayerActions, type PlayerSession, type PlayerView } from './session-adapter';
import { hashStep, nextStepId, previousEntryIs, showStep } from './step-history';
import { StartPanel } from './StartPanel';
import { StepFrame } from './StepFrame';

export interface PlayerProps extends PlayerEnv {
  scenarioId: string;
  scenario: Scenario;
  /** Content hash: saved progress from another version is discarded. */
  version: string;
  /** The key saved progress is kept under (progressKey), so the island can look without the engine. */
  storageKey: string;
}

interface LoadedProps extends PlayerProps {
  /** The learner pressed Start before the player had loaded: start at once. */
  autoStart: boolean;
}

export default function LoadedPlayer({ autoStart, ...props }: LoadedProps) {
  // The session checks saved progress first (its check is loaded only when something is saved).
  const [session, setSession] = useState<PlayerSession | null>(null);
  useEffect(() => {
    let live = true;
    void createPlayerSession({ scenarioId: props.scenarioId, scenario: props.scenario, version: props.version }).then((s) => {
      if (autoStart) s.start();
      if (live) setSession(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return session ? <Player {...props} session={session} autoStart={autoStart} /> : null;
}

function Player({ scenario, session, autoStart, scenarioId: _id, version: _version, storageKey: _key, ...env }: LoadedProps & { session: PlayerSession }) {
  const [view, setView] = useState<PlayerView>(() => session.view());
  useEffect(() => session.subscribe(() => setView(session.view())), [session]);
  const steps = useMemo(() => new Map(scenario.steps.map((s) => [s.id, s])), [scenario]);
  const titles = useMemo(() => new Map(scenario.steps.map((s) => [s.id, s.title])), [scenario]);
  const [linkTarget, setLinkTarget] = useState<string | null>(null);
  const [otherTab, setOtherTab] = useState(false);
  /** The browser went back to before the first step: show the start screen again. */
  const [beforeStart, setBeforeStart] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const playerRef = useRef<HTMLDivElement>(null);
  const onStartScreen = !view.started || beforeStart;
  const stepId = view.step.id;

  // Once: the page's "needs JavaScript" note goes (src/shared/enhance.ts), and a link to a step (#id) other than where the
  // learner is gets an offer to go there (debriefs are endings, not places to start from).
  useEffect(() => {
    markStarted(playerRef.current);
    const target = hashStep();
    if (target && target !== stepId && steps.has(target) && steps.get(target)?.kind !== 'debrief') setLinkTarget(target);
    else if (view.started) showStep(stepId, autoStart, view.context.history.at(-2));
    if (autoStart) headingRef.current?.focus();
  }, []);

  // Another tab saved this scenario: say so rather than overwrite either silently.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== session.key) return;
      if (session.view().started) setOtherTab(true);
      else session.reload();
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [session]);

  // Focus goes to each new step's heading, or to the feedback.
  const prev = useRef<{ stepId: string; phase: string; onStart: boolean } | null>(null);
  useEffect(() => {
    const before = prev.current;
    prev.current = { stepId, phase: view.phase, onStart: onStartScreen };
    if (!before) return;
    if (onStartScreen) {
      if (!before.onStart) startRef.current?.focus();
    } else if (before.onStart || before.stepId !== stepId || (before.phase === 'answered' && view.phase === 'open')) {
      headingRef.current?.focus();
    } else if (before.phase === 'open' && view.phase === 'answered') {
      feedbackRef.current?.focus();
    }
  }, [stepId, view.phase, view.context.history.length, onStartScreen]);

  // The browser's Back and Forward.
  useEffect(() => {
    const onPop = () => {
      const target = hashStep();
      const now = session.view();
      if (!target && now.context.history.length === 1) return setBeforeStart(true);
      setBeforeStart(false);
      if (!now.started || target === now.step.id) return;
      if (now.context.history.includes(target)) session.backTo(target);
      else if (target && nextStepId(now) === target) session.next();
      else showStep(now.step.id, false, now.context.history.at(-2));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [session]);

  /**
   * A session action taken in the page. The address follows at once (not in an effect, which would
   * race the browser's own Back): a new entry when the learner moved on, else the entry is replaced.
   */
  const inPage =
    <A extends unknown[]>(action: (...args: A) => void, fromStartScreen = false) =>
    (...args: A) => {
      const before = session.view();
      action(...args);
      const after = session.view();
      const movedOn = fromStartScreen || !before.started || after.context.history.length > before.context.history.length;
      if (after.started) showStep(after.step.id, movedOn, after.context.history.at(-2));
    };
  const act: PlayerActions = {
    ...session,
    choose: inPage(session.choose),
    submit: inPage(session.submit),
    next: inPage(session.next),
    retry: inPage(session.retry),
    backTo: inPage(session.backTo),
    startAt: inPage(session.startAt),
    reload: inPage(session.reload),
    // Back uses the browser's history when its previous entry is the previous step, so the two agree.
    back: () => (previousEntryIs(view.context.history.at(-2)) ? history.back() : inPage(session.back)()),
    restart: inPage(() => {
      setLinkTarget(null);
      setOtherTab(false);
      session.restart();
    }),
    start: inPage(() => {
      setBeforeStart(false);
      session.start();
    }, beforeStart),
  };

  const step = view.step;
  return (
    <Env.Provider value={env}>
      <div class="player" ref={playerRef}>
        {view.notice && (
          <div class="notice" role="alert">
            <p>{view.notice}</p>
          </div>
        )}
        {(otherTab || view.conflict) && (
          <div class="notice" role="alert" aria-label="Progress saved in another tab">
            <p>This scenario is open in another tab, and that tab has saved different progress (it may have started again).</p>
            <p class="button-row">
              <button type="button" class="button" onClick={() => { setOtherTab(false); act.reload(); }}>
                Use the other tab’s progress
              </button>
              <button type="button" class="button secondary" onClick={() => { setOtherTab(false); session.keepMine(); }}>
                Keep my progress here
              </button>
            </p>
          </div>
        )}
        {linkTarget && (
          <div class="notice" role="region" aria-label="Link to a step">
            <p>
              The link you followed points to the step “{titles.get(linkTarget)}”.{' '}
              {view.started && view.context.history.length > 1 ? 'You have saved progress at another step.' : ''}
            </p>
            <p class="button-row">
              <button type="button" class="button" onClick={() => { setLinkTarget(null); act.startAt(linkTarget); }}>
                Go to that step
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  setLinkTarget(null);
                  if (view.started) showStep(stepId, false);
                  else history.replaceState(null, '', location.pathname + location.search);
                  requestAnimationFrame(() => (view.started ? headingRef : startRef).current?.focus());
                }}
              >
                {view.started ? 'Stay where I am' : 'Start from the beginning'}
              </button>
            </p>
            <p class="small">Going to that step starts the scenario from there: earlier answers are not recorded, and finishing it is not added to My learning.</p>
          </div>
        )}
        {onStartScreen ? (
          !linkTarget && (
            <StartPanel buttonRef={startRef} onStart={act.start} />
          )
        ) : step.kind === 'debrief' ? (
          <section class="step" aria-labelledby="step-heading" data-step={stepId} id={stepId}>
            <p class="step-progress">Step {view.context.history.length} · Debrief</p>
            <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
              Debrief
            </h2>
            <Debrief scenario={scenario} step={step} view={view} act={act} titles={titles} />
          </section>
        ) : (
          <StepFrame key={`${stepId}:${view.phase}`} step={step} view={view} act={act} titles={titles} headingRef={headingRef} feedbackRef={feedbackRef} />
        )}
      </div>
    </Env.Provider>
  );
}
