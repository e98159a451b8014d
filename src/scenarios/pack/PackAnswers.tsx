/** @jsxImportSource preact */
// What the facilitator pack says about each kind of question, at build time: every option with its
// rating, proportionality, feedback, reason, citation and where it leads; select-step advice; the
// sort answers; the scale's ranges; the write step's facts, checks and model answer; an ending's
// takeaways and reading. Conditional text is shown in full, each passage with its condition.
// Options, statements and scale bands carry the letters room mode shows (../letters), in the same
// order, so a trainer with the printed pack beside the projector reads the same letter for each.
import { useContext } from 'preact/hooks';
import { optionLetters } from '../letters';
import { choiceOptions, checklistItems, type ChoiceStep } from '../model';
import { Cite, Env, Text } from '../player/env';
import { FitBadge, RatingBadge } from '../player/feedback';
import type { StepOf } from '../player/steps/types';
import { bandPlace, bandText, rangeText, scaleBands, sortPassMark } from '../rating';
import { sitePath } from '../../shared/paths';
import { adviceText } from '../vocabulary';
import { Branches, Passages, Sets, When } from './pack-parts';
import type { Route } from './routes';

/** An option's label with its letter: "B. Call MASH". */
const Label = ({ letter, text }: { letter: string | undefined; text: string }) => (
  <p class="pack-option-label"><strong><span class="pack-letter">{letter}.</span> <Text text={text} /></strong></p>
);

const Why = ({ reason, cite }: { reason: string; cite: Parameters<typeof Cite>[0]['to'] }) => (
  <p>
    <strong>Why:</strong> <Text text={reason} /> <Cite to={cite} />
  </p>
);

export function ChoiceAnswers({ step, routes }: { step: ChoiceStep; routes: Route[] }) {
  const letters = optionLetters(step);
  return (
    <ol class="pack-options">
      {choiceOptions(step).map((o, i) => (
        <li class={`pack-option feedback-${o.rating}`} data-option={o.id}>
          <Label letter={letters.get(o.id)} text={o.label} />
          <p><RatingBadge rating={o.rating} /> <FitBadge fit={o.fit} /></p>
          {o.when && <p class="pack-condition">Offered only <When cond={o.when} />.</p>}
          <Passages text={o.feedback} />
          <Why reason={o.reason} cite={o.cite} />
          <Sets flags={o.sets} />
          <div class="pack-leads">Leads to: <Branches route={routes[i]!} /></div>
        </li>
      ))}
    </ol>
  );
}

export function SelectAnswers({ step }: { step: StepOf<'select'> }) {
  const letters = optionLetters(step);
  return (
    <ol class="pack-options">
      {step.options.map((o) => (
        <li class={`pack-option advice-${o.advice}`} data-option={o.id}>
          <Label letter={letters.get(o.id)} text={o.label} />
          <p><strong>{adviceText[o.advice]}</strong> <FitBadge fit={o.fit} /></p>
          <Passages text={o.feedback} />
          <p><Cite to={o.cite} /></p>
          <Sets flags={o.sets} label="Ticked, sets" />
          <Sets flags={o.setsIfNotTicked} label="Left unticked, sets" />
        </li>
      ))}
    </ol>
  );
}

export function SortAnswers({ step }: { step: StepOf<'sort'> }) {
  const letters = optionLetters(step);
  return (
    <>
      {step.groups.map((g) => (
        <div class="pack-sort-group">
          <p><strong>Belongs in “<Text text={g.label} />”:</strong></p>
          <ul class="pack-options">
            {step.statements.filter((st) => st.group === g.id).map((st) => (
              <li class="pack-option" data-option={st.id}>
                <Label letter={letters.get(st.id)} text={st.text} />
                <Passages text={st.feedback} />
                {Object.entries(st.sets).map(([group, flags]) => (
                  <Sets flags={flags} label={`Placed in “${step.groups.find((x) => x.id === group)?.label ?? group}”, sets`} />
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        Rated best with every statement in its group, acceptable with at least {sortPassMark(step)} of {step.statements.length}, otherwise unsafe.
      </p>
      <Why reason={step.reason} cite={step.cite} />
    </>
  );
}

export function ScaleAnswers({ step }: { step: StepOf<'scale'> }) {
  const letters = optionLetters(step);
  return (
    <>
      <p>0 = <Text text={step.zero} />; 10 = <Text text={step.ten} />.</p>
      <p>The range the facts support: <strong>{rangeText(step.expected)}</strong>. In room mode the room votes by band of scores:</p>
      <ol class="pack-options">
        {scaleBands(step).map((band) => (
          <li class={`pack-option feedback-${band.rating}`} data-option={band.band}>
            <Label letter={letters.get(band.band)} text={bandText(band)} />
            <p>{bandPlace(band.band)}: <RatingBadge rating={band.rating} /> <FitBadge fit={band.fit} /></p>
            <Passages text={band.feedback} />
            <Why reason={band.reason} cite={step.cite} />
            <Sets flags={band.sets} />
          </li>
        ))}
      </ol>
    </>
  );
}

export function WriteAnswers({ step }: { step: StepOf<'write'> }) {
  return (
    <>
      {step.facts.length > 0 && (
        <>
          <p><strong>The facts to use:</strong></p>
          <ul>{step.facts.map((f) => <li><Text text={f} /></li>)}</ul>
        </>
      )}
      <p><strong>The learner’s self-check</strong> (not rated: the learner judges their own record):</p>
      <ol>
        {checklistItems(step).map((c) => (
          <li>
            <Text text={c.text} />
            <Sets flags={c.sets} label="Ticked, sets" />
            <Sets flags={c.setsIfNotTicked} label="Left unticked, sets" />
          </li>
        ))}
      </ol>
      <div class="pack-model">
        <p><strong>Model answer:</strong></p>
        <Passages text={step.model} />
      </div>
      <p><Cite to={step.cite} /></p>
    </>
  );
}

export function EndingPart({ step }: { step: StepOf<'debrief'> }) {
  const { briefingTitles } = useContext(Env);
  return (
    <>
      <p><strong>Outcome:</strong> <Text text={step.outcome} /></p>
      <p><strong>What to take away:</strong></p>
      <ul>
        {step.takeaways.map((t) => (typeof t === 'string' ? <li><Text text={t} /></li> : (
          <li><span class="pack-condition">Only shown <When cond={t.when} />:</span> <Text text={t.text} /></li>
        )))}
      </ul>
      <p><strong>Read next:</strong></p>
      <ul>
        {step.guidance.map((g) => <li><Cite to={g} label="" /></li>)}
        {step.briefings.filter((b) => briefingTitles[b]).map((b) => (
          <li><a href={sitePath(`/briefings/${b}/`)}>{briefingTitles[b]}</a> (7-minute briefing)</li>
        ))}
      </ul>
    </>
  );
}
