// "Exit this page" (GOV.UK Frontend's pattern): the link at the top of every page, or Shift
// pressed three times, blanks the page at once and replaces it with an everyday site (the
// exitPage setting in content/site.yaml). Without JavaScript the link is a plain link to that
// site. Nothing is requested from it until the control is used: no prefetch, no preconnect.
import { required } from '../../shared/errors';
import { countShift, noPresses, PRESS_WINDOW_MS, type ShiftPresses } from './shift-presses';

const HIDE_CLASS = 'exit-this-page-hide';

function announce(status: HTMLElement, text: string): void {
  status.textContent = text;
}

/** Starts one Exit this page control (a data-module="exit-this-page" root). */
export function startExitThisPage(root: HTMLElement): void {
  const link = required<HTMLAnchorElement>(root, 'a[data-exit-link]', 'exit-this-page');
  const status = required<HTMLElement>(root, '[data-exit-status]', 'exit-this-page');
  const hint = required<HTMLElement>(root, '[data-exit-hint]', 'exit-this-page');
  // The shortcut exists only now that the script runs, so only now does the link describe it.
  link.setAttribute('aria-describedby', hint.id);

  let overlay: HTMLElement | null = null;
  const exit = () => {
    // Blank the page first (a slow connection must not leave it showing), then leave. replace()
    // rather than assign(): the Back button then does not return to this page.
    document.body.classList.add(HIDE_CLASS);
    overlay = document.createElement('div');
    overlay.className = 'exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    overlay.textContent = 'Loading.';
    window.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });

  let presses: ShiftPresses = noPresses;
  let expiry: number | undefined;
  const show = (count: number) => {
    if (count > 0) root.setAttribute('data-presses', String(count));
    else root.removeAttribute('data-presses');
  };
  document.addEventListener('keyup', (event) => {
    const result = countShift(presses, { key: event.key, shiftKey: event.shiftKey, at: event.timeStamp });
    const wasCounting = presses.count > 0;
    presses = result.state;
    show(presses.count);
    window.clearTimeout(expiry);
    if (result.exit) { exit(); return; }
    if (result.remaining !== null) {
      announce(status, `Shift, press ${result.remaining} more time${result.remaining === 1 ? '' : 's'} to exit.`);
      expiry = window.setTimeout(() => {
        presses = noPresses;
        show(0);
        announce(status, 'Exit this page expired.');
      }, PRESS_WINDOW_MS);
    } else if (wasCounting) {
      announce(status, '');
    }
  }, true);

  // A browser that restores this page from its back-forward cache must not restore it blank.
  window.addEventListener('pageshow', () => {
    document.body.classList.remove(HIDE_CLASS);
    overlay?.remove();
    overlay = null;
    presses = noPresses;
    show(0);
    announce(status, '');
  });
}
