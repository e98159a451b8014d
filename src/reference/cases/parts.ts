// The five parts of a case example: the Signs of Safety questions, then what was done and how
// things were three months later, in the order the guidance prints them.

export const casePartKeys = ['worried', 'goingWell', 'needsToHappen', 'nextSteps', 'threeMonthsLater'] as const;

export type CasePartKey = (typeof casePartKeys)[number];

const headings: Readonly<Record<CasePartKey, { heading: string; id: string }>> = {
  worried: { heading: 'What are we worried about?', id: 'worried' },
  goingWell: { heading: 'What is going well?', id: 'going-well' },
  needsToHappen: { heading: 'What needs to happen?', id: 'needs-to-happen' },
  nextSteps: { heading: 'Next steps', id: 'next-steps' },
  threeMonthsLater: { heading: '3 months later', id: 'three-months-later' },
};

/** Each part with its heading and the id of its section on the page. */
export const caseParts = casePartKeys.map((key) => ({ key, ...headings[key] }));

/** True for the name of a part ("worried"). */
export const isCasePartKey = (key: unknown): key is CasePartKey => casePartKeys.some((k) => k === key);

/** The heading of a part ("Next steps"), or "Caption" for the example's caption. */
export function partHeading(key: CasePartKey | 'caption'): string {
  return key === 'caption' ? 'Caption' : headings[key].heading;
}

/** The heading and section id of a part. */
export function casePart(key: CasePartKey): { key: CasePartKey; heading: string; id: string } {
  return { key, ...headings[key] };
}
