/** @jsxImportSource preact */
// Room mode, a Preact island on /practice/<id>/room/ only (its code never loads on the scenario
// page): a trainer runs the scenario with a group at a projector. The engine is the player's
// (createRoom drives the same machine); narrative steps use the player's own step component; the
// room votes on the options of decision, level and select steps and on the bands of a scale step
// (RoomOptions); sort and write steps record the room's answer, then Reveal (RoomSubmit). Options
// keep the order written, lettered as in the facilitator pack. Nothing is written to storage.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { markStarted } from '../../shared/enhance';
import { own, type Scenario } from '../model';
import { Env, Paragraphs, Text, type PlayerEnv } from '../player/env';
import { ErrorSummary, type FieldProblem } from '../player/form';
import type { PlayerActions, PlayerView } from '../player/session-adapter';
import { StepBody } from '../player/StepFrame';
import { resolveText } from '../text';
import { createRoom, storySoFar, type Room, type RoomView } from './room';
import { RoomDebrief } from './RoomDebrief';
import { RoomChoice, RoomScale, RoomSelect } from './RoomOptions';
import { RoomSort, RoomWrite } from './RoomSubmit';
import { actionFor, focusKind, type RoomAction } from './shortcuts';
import { Modal, ShortcutHelp, StepList, Timer, useTimer } from './RoomTools';

export interface RoomProps extends PlayerEnv {
  scenario: Scenario;
}

const noop = () => undefined;

/** The player's view of the room's state, for the player's step components. */
function asPlayerView(v: RoomView): PlayerView {
  return {
    step: v.step, phase: v.atEnding ? 'ended' : v.sub ?? 'open', context: v.context, answer: own(v.context.answers, v.step.id),
    earlier: [], earlierByStep: {}, started: true, notice: null, conflict: false,
  };
}

function asPlayerActions(room: Room): PlayerActions {
  return {
    start: noop, reload: noop, keepMine: noop, choose: room.choose, submit: room.submit, next: room.next, back: room.back,
    backTo: room.jump, retry: room.retry, restart: room.restart, startAt: room.jump,
  };
}

export default function RoomMode({ scenario, ...env }: RoomProps) {
  const room = useMemo(() => createRoom(scenario), [scenario]);
  const [view, setView] = useState<RoomView>(() => room.view());
  useLayoutEffect(() => room.subscribe(() => setView(room.view())), [room]);
  const [dialog, setDialog] = useState<'steps' | 'help' | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const timer = useTimer();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const fullscreenable = typeof document !== 'undefined' && document.fullscreenEnabled;
  const step = view.step;

  useEffect(() => markStarted(rootRef.current), []);
  // A new step: its heading takes focus, as in the player.
  const first = useRef(true);
  useEffect(() => {
    setProblems([]);
    if (first.current) { first.current = false; return; }
    headingRef.current?.focus();
  }, [step.id, view.context.history.length]);

  // WCAG 2.4.3: Reveal, the room's answer and Choose again take away the button just pressed; focus
  // goes on to what they show (the room's result, else Continue; the first revealed panel) rather
  // than falling to the page. Only when focus was lost: a key pressed in a vote box leaves it there.
  const shown = useRef({ step: step.id, sub: view.sub, revealed: view.revealed });
  useEffect(() => {
    const was = shown.current;
    shown.current = { step: step.id, sub: view.sub, revealed: view.revealed };
    const root = rootRef.current;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (was.step !== step.id || !root || !lost) return;
    const answered = view.sub === 'answered' && was.sub !== 'answered';
    const reopened = view.sub !== 'answered' && was.sub === 'answered';
    const target = answered ? root.querySelector<HTMLElement>('.room-result') ?? root.querySelector<HTMLElement>('#room-continue')
      : reopened || (view.revealed && !was.revealed) ? root.querySelector<HTMLElement>('.room-reveal') : null;
    target?.focus();
  });

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void rootRef.current?.requestFullscreen().catch(noop);
  };
  const canContinue = step.kind === 'narrative' || view.sub === 'answered';
  const perform = (action: RoomAction) => {
    switch (action) {
      case 'next': if (canContinue) room.next(); break;
      case 'back': room.back(); break;
      case 'reveal': room.reveal(); break;
      case 'timer': timer.toggle(); break;
      case 'steps': setDialog('steps'); break;
      case 'help': setDialog('help'); break;
      case 'fullscreen': if (fullscreenable) toggleFullscreen(); break;
    }
  };
  const latest = useRef(perform);
  latest.current = perform;
  // Listening from the first render on (a layout effect), so that no key pressed once the step shows is lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = actionFor(e.key, focusKind(e.target), e.ctrlKey || e.metaKey || e.altKey);
      if (!action) return;
      e.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const recap = step.kind !== 'narrative' && step.kind !== 'debrief' ? storySoFar(scenario, view.context) : [];
  const report = (found: FieldProblem[]) => {
    setProblems(found);
    if (found.length) setAttempt((n) => n + 1);
  };

  return (
    <Env.Provider value={env}>
      <div class="room" ref={rootRef}>
        <div class="room-bar">
          <p class="room-where">
            Room mode · step {view.context.history.length} of the room’s path
          </p>
          <div class="button-row">
            <button type="button" class="button secondary" onClick={() => setDialog('steps')} aria-keyshortcuts="S">
              Step list
            </button>
            <Timer {...timer} />
            {fullscreenable && (
              <button type="button" class="button secondary" onClick={toggleFullscreen} aria-keyshortcuts="F">
                Full screen
              </button>
            )}
            <button type="button" class="button secondary" onClick={() => setDialog('help')} aria-keyshortcuts="Shift+?">
              Keyboard shortcuts (?)
            </button>
          </div>
        </div>
        <div class="room-main">
          <section class="room-step" aria-labelledby="room-heading" data-step={step.id}>
            <ErrorSummary problems={problems} attempt={attempt} />
            <h2 id="room-heading" ref={headingRef} tabIndex={-1}>
              {step.kind === 'debrief' ? `Debrief: ${step.title}` : step.title}
            </h2>
            {recap.length > 0 && (
              <details class="room-recap" open>
                <summary>The story so far ({recap.length} {recap.length === 1 ? 'step' : 'steps'})</summary>
                <ol>
                  {recap.map((r) => (
                    <li>
                      <strong>{r.title}.</strong> {r.opening && <Text text={r.opening} />}
                      {r.answer && <> The room chose: <Text text={r.answer} />.</>}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {step.kind !== 'debrief' && <Paragraphs text={resolveText(step.body, view.context.flags)} />}
            {step.kind === 'debrief' ? (
              <RoomDebrief scenario={scenario} step={step} view={view} room={room} />
            ) : step.kind === 'decision' || step.kind === 'level' ? (
              <RoomChoice step={step} view={view} room={room} />
            ) : step.kind === 'select' ? (
              <RoomSelect key={`${step.id}:${view.sub}`} step={step} view={view} room={room} />
            ) : step.kind === 'sort' ? (
              <RoomSort key={`${step.id}:${view.sub}`} step={step} view={view} room={room} />
            ) : step.kind === 'scale' ? (
              <RoomScale step={step} view={view} room={room} />
            ) : step.kind === 'write' ? (
              <RoomWrite key={`${step.id}:${view.sub}`} step={step} view={view} room={room} />
            ) : (
              <StepBody key={`${step.id}:${view.sub}`} step={step} view={asPlayerView(view)} act={asPlayerActions(room)} problems={problems} report={report} feedbackRef={feedbackRef} />
            )}
            {view.context.history.length > 1 && step.kind !== 'debrief' && (
              <p class="button-row">
                <button type="button" class="button secondary" onClick={room.back} aria-keyshortcuts="P ArrowLeft">
                  Back
                </button>
              </p>
            )}
          </section>
          {(step.prompts.length > 0 || step.trainerNotes) && (
            <aside class="room-side" aria-label="For the trainer">
              {step.prompts.length > 0 && (
                <>
                  <h3>Questions to discuss</h3>
                  <ul>
                    {step.prompts.map((p) => (
                      <li>{p}</li>
                    ))}
                  </ul>
                </>
              )}
              {step.trainerNotes && (
                <details class="room-notes">
                  <summary>Trainer notes</summary>
                  <Paragraphs text={step.trainerNotes} />
                </details>
              )}
            </aside>
          )}
        </div>
        <p class="visually-hidden" aria-live="polite">
          {view.revealed && view.sub !== 'answered' ? 'Revealed: each option’s rating, feedback and votes are shown.' : ''}
        </p>
        <Modal id="room-steps" title="Steps" open={dialog === 'steps'} onClose={() => setDialog(null)}>
          <StepList scenario={scenario} current={step.id} path={view.context.history} onPick={(id) => { setDialog(null); room.jump(id); }} />
        </Modal>
        <Modal id="room-help" title="Keyboard shortcuts" open={dialog === 'help'} onClose={() => setDialog(null)}>
          <ShortcutHelp />
        </Modal>
      </div>
    </Env.Provider>
  );
}
