/** @jsxImportSource preact */
// The small parts of the facilitator pack, rendered at build time only (no client directive, so no
// script reaches the page): text that may vary with earlier answers, shown in full with each
// passage's condition; a link to a step by its number; the routes out of a step.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Condition, VariableText } from '../model';
import { Paragraphs } from '../player/env';
import { passagesOf } from '../text';
import type { Route } from './routes';

/** Step numbers and titles by id, provided once for the pack. */
export const Steps = createContext<Map<string, { number: number; title: string }>>(new Map());

/** A flag, linked to the list of what sets it. */
const Flag = ({ id }: { id: string }) => <a href={`#flag-${id}`}><code>{id}</code></a>;

const joined = (ids: readonly string[], word: string) =>
  ids.flatMap((id, i) => [i === 0 ? '' : i === ids.length - 1 ? ` ${word} ` : ', ', <Flag id={id} />]);

/** "when a and b are set and c is not". */
export function When({ cond }: { cond: Condition }) {
  return (
    <>
      {cond.all.length > 0 && <>when {joined(cond.all, 'and')} {cond.all.length === 1 ? 'is' : 'are'} set</>}
      {cond.all.length > 0 && cond.none.length > 0 && ' and '}
      {cond.none.length > 0 && <>when {joined(cond.none, 'or')} {cond.none.length === 1 ? 'is not' : 'are not'} set</>}
    </>
  );
}

/** Every passage of a text, each conditional one marked with when it is shown. */
export function Passages({ text }: { text: VariableText | undefined }) {
  return (
    <>
      {passagesOf(text).map((p) =>
        p.when ? (
          <div class="pack-when">
            <p class="pack-condition">Only shown <When cond={p.when} />:</p>
            <Paragraphs text={p.text} />
          </div>
        ) : (
          <Paragraphs text={p.text} />
        ),
      )}
    </>
  );
}

/** "5. Gemma says no", linking to that step's section. */
export function StepLink({ id }: { id: string }) {
  const step = useContext(Steps).get(id);
  return <a href={`#step-${id}`}>{step ? `${step.number}. ${step.title}` : id}</a>;
}

/** Where a route goes: one step, or each branch with its condition. */
export function Branches({ route }: { route: Route }) {
  const [only] = route.branches;
  if (route.branches.length === 1 && only && !only.when) return <StepLink id={only.to} />;
  return (
    <ul>
      {route.branches.map((b) => (
        <li>
          <StepLink id={b.to} />
          {b.when ? <> <When cond={b.when} /></> : route.branches.length > 1 ? ' otherwise' : null}
        </li>
      ))}
    </ul>
  );
}

/** "Sets: a, b" for an answer that sets flags. */
export function Sets({ flags, label = 'Sets' }: { flags: readonly string[]; label?: string }) {
  if (flags.length === 0) return null;
  return <p class="pack-sets">{label}: {joined(flags, 'and')}</p>;
}
