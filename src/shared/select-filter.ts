// A filter form of <select>s whose choice is kept in the address (?name=value&…), where "all" means
// "do not filter on this". The threshold indicators (/thresholds/) and the practice catalogue
// (/practice/) are both this: each feature supplies the allowed values, what to hide, and the words
// for the status line; the reading, the address and the form's events live here once.
import { MarkupError, required } from './errors';

/** One value per filter field, "all" where the field does not filter. */
export type Choice<K extends string> = Record<K, string>;

/** Every field set to "all". */
export function everything<K extends string>(names: readonly K[]): Choice<K> {
  return Object.fromEntries(names.map((n) => [n, 'all'])) as Choice<K>;
}

/** Reads the fields from a query string; a missing value, or one not allowed, becomes "all". */
export function parseChoice<K extends string>(search: string, allowed: Readonly<Record<K, readonly string[]>>): Choice<K> {
  const q = new URLSearchParams(search);
  const names = Object.keys(allowed) as K[];
  return Object.fromEntries(
    names.map((n) => {
      const value = q.get(n);
      return [n, value !== null && allowed[n].includes(value) ? value : 'all'];
    }),
  ) as Choice<K>;
}

/** The query string for a choice ("" when everything is shown), so a filtered view can be shared. */
export function choiceQuery(choice: Readonly<Record<string, string>>): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(choice)) if (value !== 'all') q.set(name, value);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface SelectFilterOptions<K extends string> {
  /** The widget's name in errors about missing markup ("practice filter"). */
  widget: string;
  /** The values each field allows besides "all"; also names the form's <select name="…">s. */
  allowed: Readonly<Record<K, readonly string[]>>;
  /** Hides what the choice leaves out, and returns the status line's words for it. */
  show: (choice: Choice<K>) => string;
}

/**
 * Starts a filter form: applies the address's choice at once (announcing it only when it filters),
 * then every change; Reset shows everything. Needs a [data-filter-status] element in the form.
 */
export function startSelectFilter<K extends string>(form: HTMLElement, options: SelectFilterOptions<K>): void {
  const names = Object.keys(options.allowed) as K[];
  if (names.length === 0) throw new MarkupError(options.widget, 'a field to filter on');
  const selects = names.map((n) => ({ name: n, select: required<HTMLSelectElement>(form, `select[name="${n}"]`, options.widget) }));
  const status = required<HTMLElement>(form, '[data-filter-status]', options.widget);

  const apply = (choice: Choice<K>, announce: boolean) => {
    const words = options.show(choice);
    if (announce) status.textContent = words;
    history.replaceState(history.state, '', `${location.pathname}${choiceQuery(choice)}${location.hash}`);
  };
  const setSelects = (choice: Choice<K>) => selects.forEach(({ name, select }) => (select.value = choice[name]));
  const read = () => parseChoice(new URLSearchParams(selects.map(({ name, select }) => [name, select.value])).toString(), options.allowed);

  const initial = parseChoice(location.search, options.allowed);
  setSelects(initial);
  apply(initial, names.some((n) => initial[n] !== 'all'));

  form.addEventListener('change', () => apply(read(), true));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    const all = everything(names);
    setSelects(all);
    apply(all, true);
  });
}
