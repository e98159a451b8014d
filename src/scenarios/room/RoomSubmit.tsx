/** @jsxImportSource preact */
// Room mode's sort and write steps (scale steps are voted on like decisions: RoomOptions). Sort:
// the trainer records where the room puts each statement (in the order written, lettered as in the
// facilitator pack); Reveal shows where the guidance puts it, with its feedback, beside the room's
// answer. Write: no vote; Reveal shows the model answer and the points to check, and the trainer
// ticks the points the room's record has (they can change where the story goes). Then the room's
// answer is submitted.
import { useState } from 'preact/hooks';
import { optionLetters } from '../letters';
import { checklistItems } from '../model';
import { Cite, Paragraphs, Text } from '../player/env';
import type { StepOf } from '../player/steps/types';
import { resolveText } from '../text';
import { ROOM_UNWRITTEN, type Room, type RoomView } from './room';
import { RoomAnswerButtons } from './RoomOptions';

const answerOf = (view: RoomView) => (view.sub === 'answered' ? view.context.answers[view.step.id]?.submission : undefined);

function Question({ step, view, hint }: { step: StepOf<'sort' | 'write'>; view: RoomView; hint?: string }) {
  return (
    <p class="room-question">
      <strong><Text text={resolveText(step.question, view.context.flags)} /></strong>
      {hint && <> <span class="hint">{hint}</span></>}
    </p>
  );
}

/** A line saying what is still missing before the room's answer can be given. */
const Missing = ({ text }: { text: string }) => (text ? <p class="field-error" role="alert">{text}</p> : null);

function GoOn({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <p class="button-row">
      <button type="button" class="button" onClick={onClick}>{label}</button>
    </p>
  );
}

export function RoomSort({ step, view, room }: { step: StepOf<'sort'>; view: RoomView; room: Room }) {
  const given = answerOf(view);
  const [placed, setPlaced] = useState<Record<string, string>>(given?.kind === 'sort' ? given.placements : {});
  const [missing, setMissing] = useState('');
  const letters = optionLetters(step);
  const groupLabel = (id: string | undefined) => step.groups.find((g) => g.id === id)?.label ?? 'not placed';
  const submit = () => {
    const left = step.statements.filter((st) => !placed[st.id]).length;
    if (left) return setMissing(`Record where the room puts every statement first: ${left} not placed.`);
    room.submit({ kind: 'sort', placements: placed });
  };
  return (
    <>
      <Question step={step} view={view} hint="Record where the room puts each statement." />
      <ol class="room-options">
        {step.statements.map((st) => (
          <li class="room-option" data-statement={st.id}>
            <span class="room-letter" aria-hidden="true">{letters.get(st.id)}</span>
            <div>
              <p class="room-option-label" id={`label-sort-${st.id}`}><span class="visually-hidden">{letters.get(st.id)}: </span><Text text={st.text} /></p>
              {given ? (
                <p>The room put it in: <strong><Text text={groupLabel(placed[st.id])} /></strong></p>
              ) : (
                <p class="room-vote">
                  <label for={`sort-${step.id}-${st.id}`}>The room puts {letters.get(st.id)} in</label>{' '}
                  <select id={`sort-${step.id}-${st.id}`} value={placed[st.id] ?? ''} onChange={(e) => setPlaced({ ...placed, [st.id]: e.currentTarget.value })}>
                    <option value="">Not placed yet</option>
                    {step.groups.map((g) => <option value={g.id}>{g.label}</option>)}
                  </select>
                </p>
              )}
              {view.revealed && (
                <div class={`room-reveal ${placed[st.id] === st.group ? 'advice-do' : placed[st.id] ? 'advice-harmful' : ''}`} tabIndex={-1}>
                  <p>
                    <strong>Belongs in: <Text text={groupLabel(st.group)} /></strong>
                    {placed[st.id] && (placed[st.id] === st.group ? ' (where the room put it)' : ` (the room put it in “${groupLabel(placed[st.id])}”)`)}
                  </p>
                  <Paragraphs text={resolveText(st.feedback, view.context.flags)} />
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      {view.revealed && (
        <p>
          <strong>Why:</strong> <Text text={step.reason} /> <Cite to={step.cite} />
        </p>
      )}
      {view.revealed && !given && <><Missing text={missing} /><GoOn label="Go on with the room’s sort" onClick={submit} /></>}
      <RoomAnswerButtons view={view} room={room} />
    </>
  );
}

export function RoomWrite({ step, view, room }: { step: StepOf<'write'>; view: RoomView; room: Room }) {
  const given = answerOf(view);
  const [text, setText] = useState(given?.kind === 'write' ? given.text : '');
  const [checked, setChecked] = useState<string[]>(given?.kind === 'write' ? given.checked : []);
  const items = checklistItems(step);
  return (
    <>
      <Question step={step} view={view} hint="The room writes it together; there is no vote." />
      {step.facts.length > 0 && (
        <div class="facts">
          <p><strong>The facts to use</strong></p>
          <ul>{step.facts.map((f) => <li><Text text={f} /></li>)}</ul>
        </div>
      )}
      {given ? (
        text && <p>The room’s record: <Text text={text} /></p>
      ) : (
        <p class="room-vote">
          <label for={`write-${step.id}`}>The room’s record (optional)</label>
          <textarea id={`write-${step.id}`} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </p>
      )}
      {view.revealed && (
        <div class="room-reveal" tabIndex={-1}>
          <p><strong>A model answer:</strong></p>
          <Paragraphs text={resolveText(step.model, view.context.flags)} />
          <p><strong>What a good record has</strong>{!given && ': tick what the room’s record has'}</p>
          <ul class="room-checks">
            {items.map((c, i) => (
              <li>
                {given ? (
                  <><Text text={c.text} />{checked.includes(String(i)) ? ' (the room’s record has this)' : ''}</>
                ) : (
                  <span class="choice">
                    <input type="checkbox" id={`check-${step.id}-${i}`} checked={checked.includes(String(i))}
                      onChange={(e) => setChecked((p) => (e.currentTarget.checked ? [...p, String(i)] : p.filter((x) => x !== String(i))))} />
                    <label for={`check-${step.id}-${i}`}><Text text={c.text} /></label>
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p><Cite to={step.cite} /></p>
        </div>
      )}
      {view.revealed && !given && (
        <GoOn label="Go on with the room’s record" onClick={() => room.submit({ kind: 'write', text: text.trim() || ROOM_UNWRITTEN, checked })} />
      )}
      <RoomAnswerButtons view={view} room={room} />
    </>
  );
}
