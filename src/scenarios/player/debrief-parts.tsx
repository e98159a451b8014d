/** @jsxImportSource preact */
// The parts of a debrief that the learner's player and room mode show alike: how the story ended,
// what to take away, a path as a list, and what to read next.
import { useContext } from 'preact/hooks';
import { sitePath } from '../../shared/paths';
import type { Debrief, PathEntry } from '../debrief';
import { Cite, Env, Paragraphs, Text, TextList } from './env';
import { FitBadge, RatingBadge } from './feedback';

type Ending = Debrief['ending'];

/** "Outcome: …" and the ending's story. */
export function Outcome({ ending }: { ending: Ending }) {
  return (
    <>
      <p class="outcome">
        <strong>Outcome:</strong> {ending.title}. <Text text={ending.outcome} />
      </p>
      <Paragraphs text={ending.body} />
    </>
  );
}

export function Takeaways({ ending }: { ending: Ending }) {
  return (
    <>
      <h3>What to take away</h3>
      <TextList items={ending.takeaways} />
    </>
  );
}

/** The steps a path passed that the recommended path does not: what the choices led to. */
export function LedTo({ steps, heading, intro }: { steps: Debrief['ledTo']; heading: string; intro: string }) {
  if (!steps.length) return null;
  return (
    <>
      <h3>{heading}</h3>
      <p>{intro}</p>
      <ul>
        {steps.map((s) => (
          <li>{s.title}</li>
        ))}
      </ul>
    </>
  );
}

/** A path through the scenario: each answered or rated step with its answer, rating and proportionality. */
export function PathList({ entries }: { entries: readonly PathEntry[] }) {
  return (
    <ol class="path">
      {entries
        .filter((e) => e.answer || e.rating)
        .map((e) => (
          <li>
            <strong>{e.title}</strong>
            {e.answer && <>: <Text text={e.answer} /></>} <RatingBadge rating={e.rating} /> <FitBadge fit={e.fit} />
          </li>
        ))}
    </ol>
  );
}

/** The guidance and the briefings the ending points to. */
export function ReadNext({ ending }: { ending: Ending }) {
  const { briefingTitles } = useContext(Env);
  return (
    <>
      <h3>Read next</h3>
      <ul>
        {ending.guidance.map((g) => (
          <li>
            <Cite to={g} label="" />
          </li>
        ))}
        {ending.briefings
          .filter((b) => briefingTitles[b])
          .map((b) => (
            <li>
              <a href={sitePath(`/briefings/${b}/`)}>{briefingTitles[b]}</a> (7-minute briefing)
            </li>
          ))}
      </ul>
    </>
  );
}

/** The recommended path, beside the path taken. */
export function RecommendedPath({ entries }: { entries: readonly PathEntry[] }) {
  return (
    <section aria-labelledby="recommended-heading">
      <h3 id="recommended-heading">The recommended path</h3>
      <PathList entries={entries} />
    </section>
  );
}
