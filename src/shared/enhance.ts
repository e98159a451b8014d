// The one way the site switches on controls that need JavaScript, after GOV.UK Frontend's
// data-module. A widget's root element carries data-module="<name>"; inside it, or on it, controls
// that only work with JavaScript carry data-js-only and notes for readers without it carry
// data-no-js (with scripting on, those notes never show; a working fallback such as a plain link
// carries data-no-js="fallback" and shows until its widget starts). The widget's script calls startModules(); once a root is started it gets
// data-module-started, and the CSS (src/styles/enhance.css) shows its data-js-only controls and
// hides its data-no-js notes. So without JavaScript, or when a widget's script fails, no dead
// control is ever shown; and no inline script is needed (the Content-Security-Policy forbids them).

const STARTED = 'data-module-started';

/** Runs `start` once on every root with data-module="<name>" in `doc`, then marks each started. */
export function startModules(name: string, start: (root: HTMLElement) => void, doc: Document = document): void {
  for (const root of doc.querySelectorAll<HTMLElement>(`[data-module="${name}"]`)) {
    if (root.hasAttribute(STARTED)) continue;
    start(root);
    root.setAttribute(STARTED, '');
  }
}

/** For islands (Preact components) that start themselves: marks the data-module root around `el`. */
export function markStarted(el: Element | null | undefined): void {
  el?.closest('[data-module]')?.setAttribute(STARTED, '');
}
