// Marks the section being read in "On this page" (aria-current="true" on its link), as Starlight's
// table of contents does: the last section whose heading has scrolled past a line near the top.

/** How far below the top of the window a heading counts as reached, in px. */
const READING_LINE = 120;

/** The index of the section being read: the last of `tops` (heading tops, in page order, relative
 *  to the window) at or above `line`; -1 while the first heading is still below it. */
export function currentSection(tops: readonly number[], line = READING_LINE): number {
  let current = -1;
  tops.forEach((top, i) => { if (top <= line) current = i; });
  return current;
}

/** Starts one "On this page" list (a data-module="on-this-page" root). */
export function startOnThisPage(root: HTMLElement): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  let queued = false;
  const update = () => {
    queued = false;
    const i = currentSection(headings.map((h) => h?.getBoundingClientRect().top ?? Infinity));
    links.forEach((a, j) => { if (j === i) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current'); });
  };
  const queue = () => { if (!queued) { queued = true; requestAnimationFrame(update); } };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
}
