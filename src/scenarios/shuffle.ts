// Option order per attempt: shuffled with a seed kept in the saved progress, so a reload shows the
// same order, unless the step is `fixed` (a sequence). Level steps keep level order; scales run 0-10.
// Hand-written because it is a dozen lines: a 32-bit hash of the step id and mulberry32, a
// well-known small seeded generator, then Fisher-Yates.
import { choiceOptions, type ChoiceOption, type Step } from './model';

/** A fresh seed for a new attempt. */
export const newSeed = (random: () => number = Math.random): number => Math.floor(random() * 2 ** 32) >>> 0;

function hash(text: string, seed: number): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in an order fixed by the seed and the salt (a step id). */
export function shuffled<T>(items: readonly T[], seed: number, salt: string): T[] {
  const out = [...items];
  const next = mulberry32(hash(salt, seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The options of a decision or level step in the order this attempt shows them. */
export function choiceOrder(step: Extract<Step, { kind: 'decision' | 'level' }>, seed: number): ChoiceOption[] {
  const options = choiceOptions(step);
  return step.kind === 'decision' && !step.fixed ? shuffled(options, seed, step.id) : options;
}

/** The options of a select step in the order this attempt shows them. */
export function selectOrder<T extends Extract<Step, { kind: 'select' }>>(step: T, seed: number): T['options'] {
  return step.fixed ? step.options : shuffled(step.options, seed, step.id);
}

/** The statements of a sort step in the order this attempt shows them. */
export function sortOrder<T extends Extract<Step, { kind: 'sort' }>>(step: T, seed: number): T['statements'] {
  return step.fixed ? step.statements : shuffled(step.statements, seed, step.id);
}
