// Which scenarios practise what a guidance page or a briefing teaches, for the "Practise this"
// list on those pages: a scenario rests on the guidance pages it lists under `guidance`, and its
// debriefs name the briefings to read next.
import { ContentError } from '../../shared/errors';
import type { Scenario } from '../schema';

export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  minutes: number;
}

interface Entry {
  id: string;
  data: Scenario;
}

const summary = ({ id, data }: Entry): ScenarioSummary => ({ id, title: data.title, summary: data.summary, minutes: data.minutes });
const byTitle = (a: ScenarioSummary, b: ScenarioSummary) => a.title.localeCompare(b.title);

/** The scenarios that rest on a guidance page (its slug). */
export function scenariosOnGuidance(entries: readonly Entry[], page: string): ScenarioSummary[] {
  return entries.filter((e) => e.data.guidance.some((g) => g.page === page)).map(summary).sort(byTitle);
}

/** The scenario a briefing names (`scenario:` in its frontmatter) first, then those whose debriefs send the learner to it. */
export function scenariosForBriefing(entries: readonly Entry[], briefing: string, named?: string): ScenarioSummary[] {
  const recommending = entries.filter((e) => e.id !== named && e.data.steps.some((s) => s.kind === 'debrief' && s.briefings.includes(briefing)));
  const first = entries.filter((e) => e.id === named);
  if (named && !first.length) throw new ContentError(`content/briefings/${briefing}.mdx`, [`scenario: no scenario "${named}" in content/scenarios/`]);
  return [...first.map(summary), ...recommending.map(summary).sort(byTitle)];
}
