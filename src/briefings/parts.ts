// What the browser needs to know about a briefing's parts. Kept apart from format.ts, which reads
// Markdown trees at build time, so that the presenter's script does not bundle the Markdown parser.

/** Number of parts in every briefing. */
export const PART_COUNT = 7;

/** Id of the section that holds part `n` on the reading and presenter pages. */
export function partId(n: number): string {
  return `part-${n}`;
}
