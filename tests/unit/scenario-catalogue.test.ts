import { describe, expect, it } from 'vitest';
import { catalogueQuery, describeCatalogue, parseCatalogueFilter, scenarioShown, showAll } from '../../src/scenarios/catalogue/filter';
import { scenariosForBriefing, scenariosOnGuidance } from '../../src/scenarios/catalogue/related';
import type { Scenario } from '../../src/scenarios/schema';

describe('the practice catalogue filter', () => {
  it('reads known skills and types of support from the address and ignores anything else', () => {
    expect(parseCatalogueFilter('?skill=recording&support=Early+Help')).toEqual({ skill: 'recording', support: 'Early Help' });
    expect(parseCatalogueFilter('?skill=juggling&support=Level+9')).toEqual(showAll);
    expect(parseCatalogueFilter('')).toEqual(showAll);
  });

  it('writes the address back so that a filtered view can be shared, and nothing when all is shown', () => {
    expect(catalogueQuery({ skill: 'information sharing', support: 'all' })).toBe('?skill=information+sharing');
    expect(parseCatalogueFilter(catalogueQuery({ skill: 'threshold', support: 'Targeted Early Help' }))).toEqual({ skill: 'threshold', support: 'Targeted Early Help' });
    expect(catalogueQuery(showAll)).toBe('');
  });

  it('shows a scenario when its skill matches and one of its types of support matches', () => {
    expect(scenarioShown({ skill: 'threshold', support: 'Universal' }, 'threshold', ['Universal', 'Early Help'])).toBe(true);
    expect(scenarioShown({ skill: 'threshold', support: 'Safeguarding' }, 'threshold', ['Universal'])).toBe(false);
    expect(scenarioShown({ skill: 'recording', support: 'all' }, 'threshold', ['Universal'])).toBe(false);
    expect(scenarioShown(showAll, 'recording', [''])).toBe(true);
  });

  it('says what is shown, and says so when nothing matches', () => {
    expect(describeCatalogue(showAll, 12)).toBe('Showing all 12 scenarios.');
    expect(describeCatalogue({ skill: 'recording', support: 'Early Help' }, 1)).toBe('Showing 1 scenario practising recording and about Early Help.');
    expect(describeCatalogue({ skill: 'recording', support: 'Universal' }, 0)).toBe('No scenario practising recording and about Universal yet.');
  });
});

const scenario = (title: string, pages: string[], briefings: string[]): Scenario =>
  ({
    title, summary: `${title}.`, minutes: 5, skill: 'recording', support: [], outcomes: ['x'], sources: [], start: 'a',
    guidance: pages.map((page) => ({ page })),
    steps: [{ id: 'end', kind: 'debrief', briefings }],
  }) as unknown as Scenario;

describe('scenarios related to a page', () => {
  const entries = [
    { id: 'b', data: scenario('Beta', ['mash'], ['recording']) },
    { id: 'a', data: scenario('Alpha', ['mash', 'early-help'], []) },
    { id: 'c', data: scenario('Gamma', ['early-help'], ['recording']) },
  ];

  it('lists the scenarios resting on a guidance page, by title', () => {
    expect(scenariosOnGuidance(entries, 'mash').map((s) => s.id)).toEqual(['a', 'b']);
    expect(scenariosOnGuidance(entries, 'signs-of-safety')).toEqual([]);
  });

  it("lists a briefing's named scenario first, then those whose debriefs recommend it", () => {
    expect(scenariosForBriefing(entries, 'recording', 'c').map((s) => s.id)).toEqual(['c', 'b']);
    expect(scenariosForBriefing(entries, 'recording').map((s) => s.id)).toEqual(['b', 'c']);
  });

  it('fails naming the briefing when it names a scenario that does not exist', () => {
    expect(() => scenariosForBriefing(entries, 'recording', 'nope')).toThrow(/content\/briefings\/recording\.mdx: scenario: no scenario "nope"/);
  });
});
