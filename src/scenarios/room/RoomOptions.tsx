/** @jsxImportSource preact */
// Room mode's decision, level, scale and select steps: each option (a scale step's: each band of
// scores) with its letter and the room's vote, no feedback until the trainer reveals; then every
// option's rating (or, for select, what the guidance advises), proportionality, feedback and reason
// beside its count; then the room's answer. Options are shown in the order written, lettered as in
// the facilitator pack (../letters), so the printed pack and the screen agree.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { adviceText } from '../vocabulary';
import { optionLetters } from '../letters';
import type { ChoiceStep } from '../model';
import { bandPlace, rangeText, scaleBand } from '../rating';
import { resolveText } from '../text';
import { Cite, Paragraphs, Text } from '../player/env';
import { FitBadge, RatingBadge } from '../player/feedback';
import type { StepOf } from '../player/steps/types';
import { choicePicks, flagsBefore, scalePicks, type Pick } from './picks';
import type { Room, RoomView } from './room';

function VoteField({ step, option, letter, view, room }: { step: string; option: string; letter: string; view: RoomView; room: Room }) {
  const id = `votes-${step}-${option}`;
  return (
    <p class="room-vote">
      <label for={id}>Votes for {letter}</label>{' '}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={view.votes[option] ?? ''}
        aria-describedby={`label-${id}`}
        onInput={(e) => room.setVote(option, Number(e.currentTarget.value))}
      />
    </p>
  );
}

/** "12 votes (60 %)". */
function VoteCount({ n, total }: { n: number; total: number }) {
  return (
    <span class="room-count">
      {n} {n === 1 ? 'vote' : 'votes'}
      {total > 0 && ` (${Math.round((100 * n) / total)} %)`}
    </span>
  );
}

const totalOf = (votes: Readonly<Record<string, number>>) => Object.values(votes).reduce((a, b) => a + b, 0);

/** The room votes on each answer, the trainer reveals, and picks the one the room goes with. */
function RoomPick({ view, room, question, picks, chosen, children }: {
  view: RoomView; room: Room; question: string; picks: Pick[]; chosen: string | undefined; children?: ComponentChildren;
}) {
  const step = view.step;
  const total = totalOf(view.votes);
  return (
    <>
      <p class="room-question">
        <strong><Text text={question} /></strong>
      </p>
      {children}
      <ol class="room-options">
        {picks.map((o) => (
          <li class={o.id === chosen ? 'room-option room-chosen' : 'room-option'} data-option={o.id}>
            <span class="room-letter" aria-hidden="true">{o.letter}</span>
            <div>
              <p class="room-option-label" id={`label-votes-${step.id}-${o.id}`}>
                <span class="visually-hidden">{o.letter}: </span>
                <Text text={o.label} />
                {o.id === chosen && <strong class="room-choice-tag"> The room’s choice</strong>}
              </p>
              {view.sub !== 'answered' && <VoteField step={step.id} option={o.id} letter={o.letter} view={view} room={room} />}
              {view.revealed && (
                <div class={`room-reveal feedback-${o.rating}`} tabIndex={-1}>
                  {o.band && <p><strong>{bandPlace(o.band)}</strong></p>}
                  <p>
                    <RatingBadge rating={o.rating} /> <FitBadge fit={o.fit} /> <VoteCount n={view.votes[o.id] ?? 0} total={total} />
                  </p>
                  <Paragraphs text={o.feedback} />
                  <p>
                    <strong>Why:</strong> <Text text={o.reason} /> <Cite to={o.cite} />
                  </p>
                  {view.sub !== 'answered' && (
                    <p>
                      <button type="button" class="button" onClick={() => room.choose(o.id)}>
                        The room goes with {o.letter}
                      </button>
                    </p>
                  )}
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      <RoomAnswerButtons view={view} room={room} />
    </>
  );
}

export function RoomChoice({ step, view, room }: { step: ChoiceStep; view: RoomView; room: Room }) {
  const chosen = view.sub === 'answered' ? view.context.answers[step.id]?.choice : undefined;
  const question = resolveText(step.question, flagsBefore(view.context, step.id));
  return <RoomPick view={view} room={room} question={question} picks={choicePicks(step, view.context)} chosen={chosen} />;
}

/** A scale step: the room's hands per band of scores, like a decision's options. */
export function RoomScale({ step, view, room }: { step: StepOf<'scale'>; view: RoomView; room: Room }) {
  const flags = flagsBefore(view.context, step.id);
  const picks = scalePicks(step, view.context);
  const given = view.sub === 'answered' ? view.context.answers[step.id]?.submission : undefined;
  const chosen = given?.kind === 'scale' ? scaleBand(step, given.value) : undefined;
  return (
    <RoomPick view={view} room={room} question={resolveText(step.question, flags)} picks={picks} chosen={chosen}>
      <p class="scale-ends">
        <span>0 = <Text text={step.zero} /></span> <span>10 = <Text text={step.ten} /></span>
      </p>
      <p class="hint">Hands up for each band of scores.{view.revealed && <> The range the facts support: <strong>{rangeText(step.expected)}</strong>.</>}</p>
    </RoomPick>
  );
}

export function RoomSelect({ step, view, room }: { step: StepOf<'select'>; view: RoomView; room: Room }) {
  const flags = view.context.flags;
  const options = step.options;
  const letters = optionLetters(step);
  const answer = view.sub === 'answered' ? view.context.answers[step.id] : undefined;
  const ticked = answer?.submission?.kind === 'select' ? answer.submission.selected : [];
  const [picked, setPicked] = useState<string[]>(ticked);
  const total = totalOf(view.votes);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        room.submit({ kind: 'select', selected: picked });
      }}
    >
      <p class="room-question">
        <strong><Text text={resolveText(step.question, flags)} /></strong> <span class="hint">Select all that apply: the room votes on each.</span>
      </p>
      <ol class="room-options">
        {options.map((o) => (
          <li class={ticked.includes(o.id) ? 'room-option room-chosen' : 'room-option'} data-option={o.id}>
            <span class="room-letter" aria-hidden="true">{letters.get(o.id)}</span>
            <div>
              <p class="room-option-label" id={`label-votes-${step.id}-${o.id}`}>
                <span class="visually-hidden">{letters.get(o.id)}: </span>
                <Text text={o.label} />
                {ticked.includes(o.id) && <strong class="room-choice-tag"> Ticked by the room</strong>}
              </p>
              {!answer && <VoteField step={step.id} option={o.id} letter={letters.get(o.id)!} view={view} room={room} />}
              {view.revealed && (
                <div class={`room-reveal advice-${o.advice}`} tabIndex={-1}>
                  <p>
                    <strong>{adviceText[o.advice]}</strong> <FitBadge fit={o.fit} /> <VoteCount n={view.votes[o.id] ?? 0} total={total} />
                  </p>
                  <Paragraphs text={resolveText(o.feedback, flags)} />
                  <p>
                    <Cite to={o.cite} />
                  </p>
                  {!answer && (
                    <p class="choice">
                      <input
                        type="checkbox"
                        id={`tick-${step.id}-${o.id}`}
                        checked={picked.includes(o.id)}
                        onChange={(e) => setPicked((p) => (e.currentTarget.checked ? [...p, o.id] : p.filter((x) => x !== o.id)))}
                      />
                      <label for={`tick-${step.id}-${o.id}`}>The room ticks {letters.get(o.id)}</label>
                    </p>
                  )}
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      {view.revealed && !answer && (
        <p class="button-row">
          <button type="submit" class="button">Submit the room’s ticks</button>
        </p>
      )}
      <RoomAnswerButtons view={view} room={room} />
    </form>
  );
}

/** Reveal, or once the room has answered: how its answer rates (write steps are not rated), Continue and Choose again. */
export function RoomAnswerButtons({ view, room }: { view: RoomView; room: Room }) {
  const answer = view.sub === 'answered' ? view.context.answers[view.step.id] : undefined;
  if (!view.revealed && !answer) {
    return (
      <p class="button-row">
        <button type="button" class="button" onClick={room.reveal} aria-keyshortcuts="R">
          Reveal
        </button>
      </p>
    );
  }
  if (!answer) return null;
  return (
    <>
      {answer.rating && (
        <p class="room-result" tabIndex={-1}>
          The room’s answer: <RatingBadge rating={answer.rating} /> <FitBadge fit={answer.fit} />
        </p>
      )}
      <p class="button-row">
        <button type="button" class="button" id="room-continue" onClick={room.next} aria-keyshortcuts="N ArrowRight">
          Continue
        </button>
        <button type="button" class="button secondary" onClick={room.retry}>
          Choose again
        </button>
      </p>
    </>
  );
}
