// The threshold indicators filter on the page: started by startModules('threshold-filter'), which
// reveals the form (without JavaScript every table shows in full). Hides the domains and level rows
// that do not match, and keeps the choice in the address (?domain=&level=) so a view can be shared.
import { MarkupError, required } from '../../shared/errors';
import { describeFilter, domainVisible, filterQuery, levelVisible, parseFilter, showEverything, type FilterState } from './filter';

const WIDGET = 'threshold filter';

export function startThresholdFilter(form: HTMLElement): void {
  const doc = form.ownerDocument;
  const domainSelect = required<HTMLSelectElement>(form, 'select[name="domain"]', WIDGET);
  const levelSelect = required<HTMLSelectElement>(form, 'select[name="level"]', WIDGET);
  const status = required<HTMLElement>(form, '[data-filter-status]', WIDGET);
  const sections = [...doc.querySelectorAll<HTMLElement>('[data-domain]')];
  if (sections.length === 0) throw new MarkupError(WIDGET, 'any [data-domain] table');
  const groups = [...doc.querySelectorAll<HTMLElement>('[data-indicator-group]')];
  const domainIds = sections.map((s) => s.dataset.domain ?? '');

  const read = (): FilterState => parseFilter(new URLSearchParams({ domain: domainSelect.value, level: levelSelect.value }).toString(), domainIds);

  const apply = (state: FilterState, announce: boolean) => {
    for (const section of sections) {
      section.hidden = !domainVisible(state, section.dataset.domain ?? '');
      for (const row of section.querySelectorAll<HTMLElement>('tr[data-level]')) {
        row.hidden = !levelVisible(state, row.dataset.level ?? '');
      }
    }
    for (const group of groups) {
      group.hidden = ![...group.querySelectorAll<HTMLElement>('[data-domain]')].some((s) => !s.hidden);
    }
    const label = domainSelect.selectedOptions[0]?.textContent ?? undefined;
    if (announce) status.textContent = describeFilter(state, label);
    history.replaceState(history.state, '', `${location.pathname}${filterQuery(state)}${location.hash}`);
  };

  const initial = parseFilter(location.search, domainIds);
  domainSelect.value = initial.domain;
  levelSelect.value = initial.level;
  apply(initial, initial.domain !== 'all' || initial.level !== 'all');

  form.addEventListener('change', () => apply(read(), true));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    domainSelect.value = showEverything.domain;
    levelSelect.value = showEverything.level;
    apply(showEverything, true);
  });
}
