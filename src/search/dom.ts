// Small helpers for building the search's markup in the browser.

/** An element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A link. */
export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/** A button that does not submit a form. */
export function button(text: string, className?: string): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
}

/**
 * Lets the browser paint and answer input before going on: scheduler.yield() where there is one
 * (the rest of the work keeps its place ahead of other tasks), else a new task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
