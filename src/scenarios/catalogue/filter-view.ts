// The practice catalogue's filter on the page: started by startModules('practice-filter'), which
// reveals the form (without JavaScript every scenario shows, grouped by skill). Hides the cards that
// do not match, and sections left empty; the address keeps the choice (?skill=&support=).
import { requiredAll } from '../../shared/errors';
import { startSelectFilter } from '../../shared/select-filter';
import { allowedChoices, describeCatalogue, scenarioShown } from './filter';

const WIDGET = 'practice filter';

export function startPracticeFilter(form: HTMLElement): void {
  const cards = requiredAll<HTMLElement>(form.ownerDocument, '[data-scenario-skill]', WIDGET);
  const sections = [...form.ownerDocument.querySelectorAll<HTMLElement>('[data-skill-section]')];

  startSelectFilter(form, {
    widget: WIDGET,
    allowed: allowedChoices,
    show: (state) => {
      let shown = 0;
      for (const card of cards) {
        card.hidden = !scenarioShown(state, card.dataset.scenarioSkill ?? '', (card.dataset.scenarioSupport ?? '').split('|'));
        if (!card.hidden) shown += 1;
      }
      for (const section of sections) section.hidden = ![...section.querySelectorAll<HTMLElement>('[data-scenario-skill]')].some((c) => !c.hidden);
      return describeCatalogue(state, shown);
    },
  });
}
