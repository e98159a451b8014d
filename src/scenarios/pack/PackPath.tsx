/** @jsxImportSource preact */
// The recommended path through a scenario, for the facilitator pack: each step (linked to its
// section), the best answer (a decision's with its letter, as in room mode) and its rating.
// Rendered at build time only.
import { recommendedPath } from '../debrief';
import { letteredPath } from '../letters';
import type { Scenario } from '../model';
import { Env, Text, type PlayerEnv } from '../player/env';
import { fitText, ratingText } from '../vocabulary';

export default function PackPath({ scenario, ...env }: PlayerEnv & { scenario: Scenario }) {
  const numbers = new Map(scenario.steps.map((s, i) => [s.id, i + 1]));
  return (
    <Env.Provider value={env}>
      <ol class="pack-path">
        {letteredPath(scenario, recommendedPath(scenario)).map((p) => (
          <li>
            <a href={`#step-${p.step}`}>{numbers.get(p.step)}. <Text text={p.title} /></a>
            {p.answer && <>: <Text text={p.answer} /></>}
            {p.rating && <> ({ratingText[p.rating]}{p.fit && `, ${fitText[p.fit].toLowerCase()}`})</>}
          </li>
        ))}
      </ol>
    </Env.Provider>
  );
}
