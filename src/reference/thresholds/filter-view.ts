// The threshold indicators filter on the page: started by startModules('threshold-filter'), which
// reveals the form (without JavaScript every table shows in full). Hides the domains and level rows
// that do not match; the address keeps the choice (?domain=&level=) so a view can be shared.
import { requiredAll } from '../../shared/errors';
import { startSelectFilter } from '../../shared/select-filter';
import { allowedChoices, describeFilter, domainVisible, levelVisible } from './filter';

const WIDGET = 'threshold filter';

export function startThresholdFilter(form: HTMLElement): void {
  const sections = requiredAll<HTMLElement>(form.ownerDocument, '[data-domain]', WIDGET);
  const groups = [...form.ownerDocument.querySelectorAll<HTMLElement>('[data-indicator-group]')];
  const domainSelect = form.querySelector<HTMLSelectElement>('select[name="domain"]');

  startSelectFilter(form, {
    widget: WIDGET,
    allowed: allowedChoices(sections.map((s) => s.dataset.domain ?? '')),
    show: (state) => {
      for (const section of sections) {
        section.hidden = !domainVisible(state, section.dataset.domain ?? '');
        for (const row of section.querySelectorAll<HTMLElement>('tr[data-level]')) {
          row.hidden = !levelVisible(state, row.dataset.level ?? '');
        }
      }
      for (const group of groups) {
        group.hidden = ![...group.querySelectorAll<HTMLElement>('[data-domain]')].some((s) => !s.hidden);
      }
      return describeFilter(state, domainSelect?.selectedOptions[0]?.textContent ?? undefined);
    },
  });
}
