/** @jsxImportSource preact */
// Room mode's debrief: how the story ended, what to take away, and the room's path with its votes
// beside the recommended path.
import { debriefFor } from '../debrief';
import type { Scenario } from '../model';
import { Text } from '../player/env';
import { BackAndRestart } from '../player/buttons';
import { LedTo, Outcome, ReadNext, RecommendedPath, Takeaways } from '../player/debrief-parts';
import { FitBadge, RatingBadge } from '../player/feedback';
import type { StepOf } from '../player/steps/types';
import { roomPath, type Room, type RoomView } from './room';

export function RoomDebrief({ scenario, step, view, room }: { scenario: Scenario; step: StepOf<'debrief'>; view: RoomView; room: Room }) {
  const debrief = debriefFor(scenario, step, view.context);
  const path = roomPath(scenario, view.context, room.votes()).filter((e) => e.answer || e.rating);
  return (
    <div class="debrief room-debrief">
      <Outcome ending={debrief.ending} />
      <Takeaways ending={debrief.ending} />
      <div class="two-col">
        <section aria-labelledby="room-path-heading">
          <h3 id="room-path-heading">The room’s path, with its votes</h3>
          <ol class="path">
            {path.map((e) => (
              <li data-step={e.step}>
                <strong>{e.title}</strong>
                {e.answer && <>: <Text text={e.answer} /></>} <RatingBadge rating={e.rating} /> <FitBadge fit={e.fit} />
                {e.votes.length > 0 && (
                  <ul class="room-votes">
                    {e.votes.map((v) => (
                      <li>
                        <Text text={v.label} />: {v.votes} {v.votes === 1 ? 'vote' : 'votes'}
                        {v.chosen && <strong> (the room’s choice)</strong>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
        <RecommendedPath entries={debrief.recommended} />
      </div>
      <LedTo steps={debrief.ledTo} heading="Where the room’s choices led" intro="Steps on the room’s path that the recommended path does not pass:" />
      <ReadNext ending={debrief.ending} />
      <BackAndRestart onBack={room.back} onRestart={room.restart} restartLabel="Run it again" restartIsMain />
    </div>
  );
}
