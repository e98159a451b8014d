// The practice catalogue's filter on the page: started by startModules('practice-filter'), which
// reveals the form (without JavaScript every scenario shows, grouped by skill). Hides the cards that
// do not match, and sections left empty, and keeps the choice in the address (?skill=&support=).
import { MarkupError, required } from '../../shared/errors';
import { catalogueQuery, describeCatalogue, parseCatalogueFilter, scenarioShown, showAll, type CatalogueFilter } from './filter';

const WIDGET = 'practice filter';

export function startPracticeFilter(form: HTMLElement): void {
  const doc = form.ownerDocument;
  const skillSelect = required<HTMLSelectElement>(form, 'select[name="skill"]', WIDGET);
  const supportSelect = required<HTMLSelectElement>(form, 'select[name="support"]', WIDGET);
  const status = required<HTMLElement>(form, '[data-filter-status]', WIDGET);
  const cards = [...doc.querySelectorAll<HTMLElement>('[data-scenario-skill]')];
  if (cards.length === 0) throw new MarkupError(WIDGET, 'any [data-scenario-skill] card');
  const sections = [...doc.querySelectorAll<HTMLElement>('[data-skill-section]')];

  const apply = (state: CatalogueFilter, announce: boolean) => {
    let shown = 0;
    for (const card of cards) {
      card.hidden = !scenarioShown(state, card.dataset.scenarioSkill ?? '', (card.dataset.scenarioSupport ?? '').split('|'));
      if (!card.hidden) shown += 1;
    }
    for (const section of sections) section.hidden = ![...section.querySelectorAll<HTMLElement>('[data-scenario-skill]')].some((c) => !c.hidden);
    if (announce) status.textContent = describeCatalogue(state, shown);
    history.replaceState(history.state, '', `${location.pathname}${catalogueQuery(state)}${location.hash}`);
  };

  const initial = parseCatalogueFilter(location.search);
  skillSelect.value = initial.skill;
  supportSelect.value = initial.support;
  apply(initial, initial.skill !== 'all' || initial.support !== 'all');

  form.addEventListener('change', () => apply({ skill: skillSelect.value, support: supportSelect.value }, true));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    skillSelect.value = showAll.skill;
    supportSelect.value = showAll.support;
    apply(showAll, true);
  });
}
