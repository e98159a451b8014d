// Presenter view behaviour: one part at a time, fitted to the screen (./fit.ts), keyboard
// navigation, part markers, a seven-minute timer that paces one minute per part, controls that hide
// (H, and in full screen), and the part in the URL hash. Without this script the presenter page
// shows all seven parts in large type, one after another. Started by startModules('presenter'),
// which also shows the controls (data-js-only) and hides the note for readers without JavaScript.
import { MarkupError, required as find } from '../shared/errors';
import { largestFitting, typeRange } from './fit';
import { partId } from './parts';
import { applyAction, clampPart, formatClock, keyAction, pace, partFromHash, Stopwatch } from './presenter';

const WIDGET = 'presenter view';
const required = <T extends Element>(root: ParentNode, selector: string): T => find<T>(root, selector, WIDGET);

const IDLE = 'One minute a part. Start the timer when you begin.';

export function startPresenter(root: HTMLElement): void {
  const sections = [...root.querySelectorAll<HTMLElement>('.briefing-part')];
  const total = sections.length;
  if (total === 0) throw new MarkupError(WIDGET, '.briefing-part sections');
  const titles = sections.map((s) => (s.querySelector('h2')?.textContent ?? '').trim().replace(/^\d+\.?\s+/, ''));
  const position = required<HTMLElement>(root, '[data-position]');
  const clock = required<HTMLElement>(root, '[data-clock]');
  const paceText = required<HTMLElement>(root, '[data-pace]');
  const timerButton = required<HTMLButtonElement>(root, '[data-action="timer"]');
  const prevButton = required<HTMLButtonElement>(root, '[data-action="prev"]');
  const nextButton = required<HTMLButtonElement>(root, '[data-action="next"]');
  const hideButton = required<HTMLButtonElement>(root, '[data-controls-hide]');
  const showButton = required<HTMLButtonElement>(root, '[data-controls-show]');
  const stage = required<HTMLElement>(root, '.briefing-parts--present');
  const controls = root.querySelector<HTMLElement>('.presenter-controls');
  const back = required<HTMLAnchorElement>(root, '[data-presenter-back]');
  const fullscreen = root.querySelector<HTMLButtonElement>('[data-action="fullscreen"]');
  const track = [...root.querySelectorAll<HTMLElement>('[data-pace-track] li')];
  const markers = track.map((li) => li.querySelector('button'));
  markers.forEach((marker, i) => marker?.setAttribute('aria-label', `Part ${i + 1}: ${titles[i]}`));
  const backBase = back.getAttribute('href')!.replace(/#.*$/, '');
  const watch = new Stopwatch();
  let current = 1;
  let ticker: ReturnType<typeof setInterval> | undefined;

  function renderPace(): void {
    const elapsed = watch.elapsed();
    clock.textContent = formatClock(elapsed);
    const idle = !watch.running && elapsed === 0;
    const p = pace(elapsed, current, total);
    const message = idle ? IDLE : p.message;
    // Only touch the live region when the words change, so screen readers are not told every second.
    if (paceText.textContent !== message) paceText.textContent = message;
    paceText.dataset.state = idle ? 'idle' : p.state;
    track.forEach((li, i) => {
      li.classList.toggle('is-due', !idle && i + 1 === p.due);
      li.classList.toggle('is-current', i + 1 === current);
    });
  }

  /** Sets the part's type to the largest size at which it fits the stage without scrolling. */
  function fit(): void {
    const height = stage.clientHeight;
    if (height === 0) return; // not laid out (printing, or hidden)
    const { min, max } = typeRange(height, parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    // Measured without scroll bars, which would otherwise come and go as the size is tried.
    stage.style.setProperty('overflow', 'hidden');
    const size = largestFitting(min, max, (px) => {
      stage.style.setProperty('--fit-size', `${px}px`);
      return stage.scrollHeight <= stage.clientHeight && stage.scrollWidth <= stage.clientWidth;
    });
    // A custom property that only the screen styles read, so that print keeps its own sizes.
    stage.style.setProperty('--fit-size', `${size}px`);
    stage.style.removeProperty('overflow');
  }

  function show(part: number): void {
    current = clampPart(part, total);
    sections.forEach((s, i) => s.classList.toggle('is-current', i + 1 === current));
    position.textContent = `Part ${current} of ${total}: ${titles[current - 1]}`;
    markers.forEach((m, i) => (i + 1 === current ? m?.setAttribute('aria-current', 'step') : m?.removeAttribute('aria-current')));
    // Disabled at the ends; a focused button that becomes disabled hands focus to the other one.
    const atStart = current === 1;
    const atEnd = current === total;
    if ((atStart && document.activeElement === prevButton) || (atEnd && document.activeElement === nextButton)) (atStart ? nextButton : prevButton).focus();
    prevButton.disabled = atStart;
    nextButton.disabled = atEnd;
    const hash = `#${partId(current)}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
    back.href = `${backBase}${hash}`;
    renderPace();
    fit();
    window.scrollTo(0, 0);
  }

  /** Shows or hides the controls; focus on a control that disappears moves to the one that appears. */
  function setControls(shown: boolean): void {
    const focused = document.activeElement;
    const focusLost = focused === showButton || (!!focused && !!controls?.contains(focused));
    root.dataset.controls = shown ? 'shown' : 'hidden';
    if (focusLost) (shown ? hideButton : showButton).focus();
  }

  function toggleFullscreen(): void {
    if (!document.fullscreenEnabled) return;
    // The whole page goes full screen, so that the emergency line stays on screen.
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen();
  }

  function setTimerLabel(): void {
    timerButton.textContent = watch.running ? 'Pause timer' : watch.elapsed() > 0 ? 'Resume timer' : 'Start timer';
  }

  function toggleTimer(): void {
    if (watch.running) {
      watch.pause();
      clearInterval(ticker);
    } else {
      watch.start();
      ticker = setInterval(renderPace, 250);
    }
    setTimerLabel();
    renderPace();
  }

  function resetTimer(): void {
    watch.reset();
    clearInterval(ticker);
    setTimerLabel();
    renderPace();
  }

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    switch (button.dataset.action) {
      case 'prev':
        return show(applyAction(current, { type: 'prev' }, total));
      case 'next':
        return show(applyAction(current, { type: 'next' }, total));
      case 'timer':
        return toggleTimer();
      case 'reset':
        return resetTimer();
      case 'controls':
        return setControls(root.dataset.controls === 'hidden');
      case 'fullscreen':
        return toggleFullscreen();
    }
  });
  root.querySelector('[data-pace-track]')?.addEventListener('click', (event) => {
    const marker = (event.target as Element).closest<HTMLButtonElement>('button[data-go]');
    if (marker) show(Number(marker.dataset.go));
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const action = keyAction(event.key, total, !!target.closest('button, a, summary'));
    if (!action) return;
    event.preventDefault();
    if (action.type === 'toggle-timer') toggleTimer();
    else if (action.type === 'toggle-controls') setControls(root.dataset.controls === 'hidden');
    else if (action.type === 'toggle-fullscreen') toggleFullscreen();
    else show(applyAction(current, action, total));
  });

  window.addEventListener('hashchange', () => show(partFromHash(location.hash, total)));

  if (fullscreen && document.fullscreenEnabled) {
    fullscreen.hidden = false;
    // In full screen the controls hide (H brings them back); leaving full screen shows them.
    document.addEventListener('fullscreenchange', () => {
      fullscreen.textContent = document.fullscreenElement ? 'Leave full screen' : 'Full screen';
      setControls(!document.fullscreenElement);
    });
  }

  // Fit again whenever the stage changes size: a resized window, zoom, full screen, controls.
  new ResizeObserver(() => fit()).observe(stage, { box: 'border-box' });
  void document.fonts?.ready.then(fit);

  // Without JavaScript, #part-N scrolls to that part. Here the hash picks the part to show
  // instead, so the ids move to data attributes and the controls stay in view.
  sections.forEach((s) => {
    s.dataset.id = s.id;
    s.removeAttribute('id');
  });
  window.addEventListener('load', () => window.scrollTo(0, 0), { once: true });

  show(partFromHash(location.hash, total));
}
