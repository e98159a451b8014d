// What the site knows about the activities a record names, passed to My learning when the page is
// built: each scenario's learning outcomes and each briefing's summary, for the CPD printout and the
// xAPI descriptions. An entry whose scenario or briefing has since been removed simply has none.
export interface LearningCatalogue {
  scenarios: Record<string, { outcomes: string[]; summary: string }>;
  briefings: Record<string, { summary: string }>;
}

/** Own properties only, so that an id such as "constructor" finds nothing. */
export const lookup = <T>(table: Record<string, T>, id: string): T | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

/** "12 minutes", "1 minute", "under a minute". */
export function minutesText(seconds: number): string {
  const m = Math.round(seconds / 60);
  return m < 1 ? 'under a minute' : `${m} ${m === 1 ? 'minute' : 'minutes'}`;
}
