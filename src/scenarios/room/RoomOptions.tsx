/** @jsxImportSource preact */
// Room mode's decision, level and select steps: each option with a letter and the room's vote,
// no feedback until the trainer reveals; then every option's rating (or, for select, what the
// guidance advises), proportionality, feedback and reason beside its count; then the room's answer.
import { useState } from 'preact/hooks';
import { adviceText } from '../vocabulary';
import { conditionHolds, type ChoiceOption, type ChoiceStep } from '../model';
import { choiceOrder, selectOrder } from '../shuffle';
import { resolveText } from '../text';
import { Cite, Paragraphs, Text } from '../player/env';
import { FitBadge, RatingBadge } from '../player/feedback';
import type { StepOf } from '../player/steps/types';
import type { Room, RoomView } from './room';

export const letter = (i: number) => String.fromCharCode(65 + i);

function VoteField({ step, option, index, view, room }: { step: string; option: string; index: number; view: RoomView; room: Room }) {
  const id = `votes-${step}-${option}`;
  return (
    <p class="room-vote">
      <label for={id}>Votes for {letter(index)}</label>{' '}
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

export function RoomChoice({ step, view, room }: { step: ChoiceStep; view: RoomView; room: Room }) {
  const flags = view.context.flags;
  const options = choiceOrder(step, view.context.seed).filter((o) => conditionHolds(o.when, flags));
  const chosen = view.sub === 'answered' ? view.context.answers[step.id]?.choice : undefined;
  const total = totalOf(view.votes);
  const feedbackOf = (o: ChoiceOption) => resolveText(o.feedback, [...new Set([...flags, ...o.sets])]);
  return (
    <>
      <p class="room-question">
        <strong><Text text={resolveText(step.question, flags)} /></strong>
      </p>
      <ol class="room-options">
        {options.map((o, i) => (
          <li class={o.id === chosen ? 'room-option room-chosen' : 'room-option'} data-option={o.id}>
            <span class="room-letter" aria-hidden="true">{letter(i)}</span>
            <div>
              <p class="room-option-label" id={`label-votes-${step.id}-${o.id}`}>
                <span class="visually-hidden">{letter(i)}: </span>
                <Text text={o.label} />
                {o.id === chosen && <strong class="room-choice-tag"> The room’s choice</strong>}
              </p>
              {view.sub !== 'answered' && <VoteField step={step.id} option={o.id} index={i} view={view} room={room} />}
              {view.revealed && (
                <div class={`room-reveal feedback-${o.rating}`}>
                  <p>
                    <RatingBadge rating={o.rating} /> <FitBadge fit={o.fit} /> <VoteCount n={view.votes[o.id] ?? 0} total={total} />
                  </p>
                  <Paragraphs text={feedbackOf(o)} />
                  <p>
                    <strong>Why:</strong> <Text text={o.reason} /> <Cite to={o.cite} />
                  </p>
                  {view.sub !== 'answered' && (
                    <p>
                      <button type="button" class="button" onClick={() => room.choose(o.id)}>
                        The room goes with {letter(i)}
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

export function RoomSelect({ step, view, room }: { step: StepOf<'select'>; view: RoomView; room: Room }) {
  const flags = view.context.flags;
  const options = selectOrder(step, view.context.seed);
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
        {options.map((o, i) => (
          <li class={ticked.includes(o.id) ? 'room-option room-chosen' : 'room-option'} data-option={o.id}>
            <span class="room-letter" aria-hidden="true">{letter(i)}</span>
            <div>
              <p class="room-option-label" id={`label-votes-${step.id}-${o.id}`}>
                <span class="visually-hidden">{letter(i)}: </span>
                <Text text={o.label} />
                {ticked.includes(o.id) && <strong class="room-choice-tag"> Ticked by the room</strong>}
              </p>
              {!answer && <VoteField step={step.id} option={o.id} index={i} view={view} room={room} />}
              {view.revealed && (
                <div class={`room-reveal advice-${o.advice}`}>
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
                      <label for={`tick-${step.id}-${o.id}`}>The room ticks {letter(i)}</label>
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
        <p class="room-result">
          The room’s answer: <RatingBadge rating={answer.rating} /> <FitBadge fit={answer.fit} />
        </p>
      )}
      <p class="button-row">
        <button type="button" class="button" onClick={room.next} aria-keyshortcuts="N ArrowRight">
          Continue
        </button>
        <button type="button" class="button secondary" onClick={room.retry}>
          Choose again
        </button>
      </p>
    </>
  );
}
