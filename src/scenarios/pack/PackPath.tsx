/** @jsxImportSource preact */
// The recommended path through a scenario, for the facilitator pack: each step (linked to its
// section), the best answer (a decision's with its letter, as in room mode) and its rating.
// Rendered at build time only.
import { recommendedPath } from '../debrief';
import { optionLetters } from '../letters';
import { choiceOptions, isChoiceStep, stepMap, type Scenario } from '../model';
import { Env, Text, type PlayerEnv } from '../player/env';
import { fitText, ratingText } from '../vocabulary';

export default function PackPath({ scenario, ...env }: PlayerEnv & { scenario: Scenario }) {
  const numbers = new Map(scenario.steps.map((s, i) => [s.id, i + 1]));
  const steps = stepMap(scenario);
  /** The letter of the option a recommended answer names, on a decision or level step. */
  const letterFor = (id: string, label: string | undefined) => {
    const step = steps.get(id);
    const option = step && isChoiceStep(step) ? choiceOptions(step).find((o) => o.label === label) : undefined;
    return step && option ? optionLetters(step).get(option.id) : undefined;
  };
  return (
    <Env.Provider value={env}>
      <ol class="pack-path">
        {recommendedPath(scenario).map((p) => (
          <li>
            <a href={`#step-${p.step}`}>{numbers.get(p.step)}. <Text text={p.title} /></a>
            {p.answer && <>: {letterFor(p.step, p.answer) && `${letterFor(p.step, p.answer)}. `}<Text text={p.answer} /></>}
            {p.rating && <> ({ratingText[p.rating]}{p.fit && `, ${fitText[p.fit].toLowerCase()}`})</>}
          </li>
        ))}
      </ol>
    </Env.Provider>
  );
}
