// The Menu button on narrow screens is a <details> element, so it opens and closes without
// JavaScript. This adds what a reader expects of a menu once it is open: Escape closes it and
// returns focus to the button; a click elsewhere, or moving focus out of it, closes it.
import { MarkupError } from '../shared/errors';

/** Starts the menu (a data-module="site-menu" <details> root). */
export function startSiteMenu(root: HTMLElement): void {
  if (!(root instanceof HTMLDetailsElement)) throw new MarkupError('site-menu', 'a <details> root');
  const summary = root.querySelector('summary');
  const close = () => { root.open = false; };
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !root.open) return;
    close();
    summary?.focus();
  });
  root.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) close();
  });
  document.addEventListener('click', (event) => {
    if (root.open && event.target instanceof Node && !root.contains(event.target)) close();
  });
}
