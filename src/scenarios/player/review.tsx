/** @jsxImportSource preact */
// One review list for every answer that has parts (ticks, sorted statements, self-check points):
// each part with what the learner did, whether that is what the guidance says, and why. Used in
// a step's feedback and again in the debrief.
import type { ComponentChildren } from 'preact';
import { checklistItems, own, type GuidanceRef } from '../model';
import type { Submission } from '../rating';
import { resolveText } from '../text';
import { Cite, Text } from './env';
import type { StepOf } from './steps/types';

export interface ReviewItem {
  /** The option, statement or point, as the learner saw it. */
  label: string;
  /** What the learner did with it, in words ("You ticked this"). */
  given: string;
  /** Whether that is what the guidance says. */
  agrees: boolean;
  /** The guidance's view, where it adds to `given` ("leaving this out is unsafe"). */
  verdict?: string;
  /** Why. */
  detail?: string;
  cite?: GuidanceRef;
}

export function ReviewList({ items, quoted = false }: { items: readonly ReviewItem[]; quoted?: boolean }) {
  return (
    <ul class="review-list">
      {items.map((item) => (
        <li class={item.agrees ? 'agrees' : 'differs'}>
          <strong>{quoted ? `“${item.label}”` : <Text text={item.label} />}</strong>
          <br />
          <span class="verdict">
            {item.given}
            {item.verdict ? `: ${item.verdict}` : ''}.{' '}
            <span class={item.agrees ? 'tag tag-agrees' : 'tag tag-differs'}>{item.agrees ? 'As the guidance says' : 'Not what the guidance says'}</span>
          </span>
          {item.detail && (
            <>
              <br />
              <Text text={item.detail} />
            </>
          )}
          {item.cite && (
            <>
              {' '}
              <Cite to={item.cite} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A heading and a list, or nothing when the list is empty. */
export function ReviewGroup({ title, items, level = 3, quoted, children }: { title: string; items: readonly ReviewItem[]; level?: 3 | 4; quoted?: boolean; children?: ComponentChildren }) {
  if (!items.length) return null;
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <H>{title}</H>
      {children}
      <ReviewList items={items} quoted={quoted} />
    </>
  );
}

/** A select-all answer, as "Do" (what the guidance says to do) and "Don't" (what it does not support), and the harmful ticks. */
export function selectReview(step: StepOf<'select'>, s: Extract<Submission, { kind: 'select' }>, flags: readonly string[]): { doItems: ReviewItem[]; dontItems: ReviewItem[]; harmful: ReviewItem[] } {
  const doItems: ReviewItem[] = [];
  const dontItems: ReviewItem[] = [];
  const harmful: ReviewItem[] = [];
  for (const o of step.options) {
    const ticked = s.selected.includes(o.id);
    const advice = o.advice;
    const shouldTick = advice === 'essential' || advice === 'do';
    const verdict =
      advice === 'essential' && !ticked ? 'leaving this out is unsafe'
      : advice === 'harmful' && ticked ? 'doing this leaves a child at risk'
      : undefined;
    const item: ReviewItem = { label: o.label, given: ticked ? 'You ticked this' : 'You did not tick this', agrees: ticked === shouldTick, verdict, detail: resolveText(o.feedback, flags), cite: o.cite };
    (shouldTick ? doItems : dontItems).push(item);
    if (advice === 'harmful' && ticked) harmful.push(item);
  }
  return { doItems, dontItems, harmful };
}

/** A sort answer: where the learner put each statement and where it belongs. */
export function sortReview(step: StepOf<'sort'>, s: Extract<Submission, { kind: 'sort' }>, flags: readonly string[]): ReviewItem[] {
  const label = (g: string | undefined) => step.groups.find((x) => x.id === g)?.label ?? 'nowhere';
  return step.statements.map((st) => {
    const put = own(s.placements, st.id);
    const agrees = put === st.group;
    return {
      label: st.text,
      given: `You put it under ${label(put)}`,
      agrees,
      verdict: agrees ? undefined : `it belongs under ${label(st.group)}`,
      detail: resolveText(st.feedback, flags),
    };
  });
}

/** A write step's self-check: each point, ticked or not. */
export function writeReview(step: StepOf<'write'>, s: Extract<Submission, { kind: 'write' }>): ReviewItem[] {
  return checklistItems(step).map((c, i) => {
    const met = s.checked.includes(String(i));
    return { label: c.text, given: met ? 'You ticked this in your self-check' : 'You did not tick this in your self-check', agrees: met };
  });
}
