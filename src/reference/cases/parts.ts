import type { CaseExample } from './schema';

/** The five parts of a case example, in the order the guidance prints them, with their headings. */
export const caseParts = [
  { key: 'worried', heading: 'What are we worried about?', id: 'worried' },
  { key: 'goingWell', heading: 'What is going well?', id: 'going-well' },
  { key: 'needsToHappen', heading: 'What needs to happen?', id: 'needs-to-happen' },
  { key: 'nextSteps', heading: 'Next steps', id: 'next-steps' },
  { key: 'threeMonthsLater', heading: '3 months later', id: 'three-months-later' },
] as const satisfies ReadonlyArray<{ key: keyof CaseExample; heading: string; id: string }>;

export type CasePartKey = (typeof caseParts)[number]['key'];

/** The heading of a part ("Next steps"), or "Caption" for the example's caption. */
export function partHeading(key: CasePartKey | 'caption'): string {
  return key === 'caption' ? 'Caption' : caseParts.find((p) => p.key === key)!.heading;
}
