// The search dialog opened from the header (or with "/") on every page. Loaded only when opened.
// A native modal <dialog>: the browser keeps focus inside, closes it on Escape and puts focus back.
import { sitePath } from '../shared/paths';
import { searchBox } from './box';
import { button, el, link } from './dom';
import { type SearchEngine } from './engine';
import { wording } from './options';
// A URL, not an import of the styles: Astro would otherwise put them into every page.
import searchCss from './search.css?url';

let dialog: HTMLDialogElement | null = null;

function addStylesheet(): Promise<void> {
  return new Promise((resolve, reject) => {
    const css = el('link');
    css.rel = 'stylesheet';
    css.href = searchCss;
    css.addEventListener('load', () => resolve(), { once: true });
    css.addEventListener('error', () => reject(new Error(`could not load ${searchCss}`)), { once: true });
    document.head.append(css);
  });
}

function build(engine: SearchEngine, opener: HTMLElement): HTMLDialogElement {
  const d = el('dialog', 'search-dialog');
  d.setAttribute('aria-label', 'Search this site');
  const bar = el('div', 'search-dialog-bar');
  const label = el('label', 'search-label', wording.label);
  label.htmlFor = 'search-dialog-q';
  const input = el('input', 'search-input');
  Object.assign(input, { id: 'search-dialog-q', type: 'search', autocomplete: 'off', placeholder: wording.placeholder, enterKeyHint: 'go', spellcheck: false });
  input.setAttribute('aria-describedby', 'search-dialog-hint');
  const close = button('Close', 'search-dialog-close button secondary');
  close.addEventListener('click', () => d.close());
  bar.append(label, input, close);
  const hint = el('p', 'search-hint', wording.hint);
  hint.id = 'search-dialog-hint';

  const results = el('div', 'search-results');
  const summary = el('p', 'search-summary');
  const help = el('div', 'search-empty');
  help.hidden = true;
  const list = el('ol', 'search-list');
  list.setAttribute('aria-label', 'Search results');
  const more = button('', 'search-more button secondary');
  more.hidden = true;
  results.append(summary, help, list, more);
  const live = el('p', 'visually-hidden');
  live.setAttribute('role', 'status');

  const footer = el('div', 'search-dialog-footer');
  const full = link(sitePath('/search/'), 'Search with filters');
  const keys = el('p', 'search-keys');
  keys.setAttribute('aria-hidden', 'true');
  keys.innerHTML = '<kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close';
  footer.append(el('p', 'search-dialog-more'), keys);
  footer.firstElementChild?.append(full);

  const body = el('div', 'search-dialog-body');
  body.append(bar, hint, results, live, footer);
  d.append(body);
  document.body.append(d);

  searchBox({ root: body, input, summary, live, results, list, more, help }, {
    engine,
    // The full search page, with the same query.
    onSearch: (term) => { full.href = sitePath(term ? `/search/?q=${encodeURIComponent(term)}` : '/search/'); },
    // Enter opens the first result, as the keyboard hints say.
    onEnter: (first, e) => { if (first) { e.preventDefault(); first.click(); } },
  });
  // Escape closes the dialog, as the keyboard hints say (in a search box the browser would only
  // clear the words).
  d.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); d.close(); } });
  // Tapping the backdrop closes the dialog, as on other sites.
  d.addEventListener('click', (e) => { if (e.target === d) d.close(); });
  d.addEventListener('close', () => {
    // The browser returns focus to where it was; opened with "/", that was nowhere.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || d.contains(active)) opener.focus();
    });
  });
  return d;
}

// The styles start loading with this module, beside Pagefind.
let styles: Promise<void> | null = addStylesheet();
styles.catch(() => { styles = null; });

/** Opens the search dialog, loading its styles the first time; resolves to its search box. */
export async function openSearchDialog(engine: SearchEngine, opener: HTMLElement): Promise<HTMLInputElement> {
  if (!dialog) {
    await (styles ??= addStylesheet());
    dialog ??= build(engine, opener);
  }
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  input.select();
  return input;
}
