/** @jsxImportSource preact */
// Room mode's debrief: how the story ended, what to take away, and the room's path beside the
// recommended path; at each step the room answered, a table of what the room entered (votes per
// option or band, where it sorted each statement, its record) beside what the guidance says.
import { debriefFor } from '../debrief';
import { letteredPath } from '../letters';
import type { Scenario } from '../model';
import { Paragraphs, Text } from '../player/env';
import { BackAndRestart } from '../player/buttons';
import { LedTo, Outcome, ReadNext, RecommendedPath, Takeaways } from '../player/debrief-parts';
import { FitBadge, RatingBadge } from '../player/feedback';
import type { StepOf } from '../player/steps/types';
import type { Room, RoomView } from './room';
import { roomPath, type RoomPathEntry, type RoomRow } from './room-table';

const votesText = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;

function RoomCell({ row, chosenText }: { row: RoomRow; chosenText: string }) {
  // A row the room votes on, on a step the trainer typed no counts for: said, not left blank.
  const counted = row.votes !== undefined ? votesText(row.votes) : row.given === undefined && row.agrees === undefined ? 'No votes recorded' : undefined;
  return (
    <td>
      {counted}
      {row.given && <Text text={row.given} />}
      {row.chosen && <strong>{counted ? ' ' : ''}({chosenText})</strong>}
      {row.agrees !== undefined && <strong>{row.agrees ? ' (as the guidance says)' : ' (not as the guidance says)'}</strong>}
    </td>
  );
}

/** One step's table: each option (statement, band, point) with the room's part beside the guidance's. */
function RoomTable({ entry }: { entry: RoomPathEntry }) {
  return (
    <table class="room-votes">
      <caption class="visually-hidden">{entry.title}: the room’s answers beside the guidance</caption>
      <thead>
        <tr><th scope="col">{entry.item}</th><th scope="col">The room</th><th scope="col">The guidance</th></tr>
      </thead>
      <tbody>
        {entry.rows.map((r) => (
          <tr data-option={r.id} class={r.chosen ? 'room-row-chosen' : r.agrees === false ? 'room-row-differs' : undefined}>
            <th scope="row">{r.letter && `${r.letter}: `}<Text text={r.label} /></th>
            <RoomCell row={r} chosenText={entry.chosenText} />
            <td>
              <RatingBadge rating={r.rating} /> <FitBadge fit={r.fit} />
              {r.guidance && <> <Text text={r.guidance} /></>}
              {r.model && (
                <details class="room-model">
                  <summary>A model answer</summary>
                  <Paragraphs text={r.model} />
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RoomDebrief({ scenario, step, view, room }: { scenario: Scenario; step: StepOf<'debrief'>; view: RoomView; room: Room }) {
  const debrief = debriefFor(scenario, step, view.context);
  const path = roomPath(scenario, view.context, room.votes()).filter((e) => e.answer || e.rating);
  return (
    <div class="debrief room-debrief">
      <Outcome ending={debrief.ending} />
      <Takeaways ending={debrief.ending} />
      {/* One above the other, not side by side: the tables need the page's width at a projector. */}
      <div>
        <section aria-labelledby="room-path-heading">
          <h3 id="room-path-heading">The room’s path, with its votes and answers</h3>
          <ol class="path">
            {path.map((e) => (
              <li data-step={e.step}>
                <strong>{e.title}</strong>
                {e.answer && <>: <Text text={e.answer} /></>} <RatingBadge rating={e.rating} /> <FitBadge fit={e.fit} />
                {e.rows.length > 0 && <RoomTable entry={e} />}
              </li>
            ))}
          </ol>
        </section>
        <RecommendedPath entries={letteredPath(scenario, debrief.recommended)} />
      </div>
      <LedTo steps={debrief.ledTo} heading="Where the room’s choices led" intro="Steps on the room’s path that the recommended path does not pass:" />
      <ReadNext ending={debrief.ending} />
      <BackAndRestart onBack={room.back} onRestart={room.restart} restartLabel="Run it again" restartIsMain />
    </div>
  );
}
