// Room mode's keyboard shortcuts, in one list: the key handler reads it and the help overlay shows it.

export type RoomAction = 'next' | 'back' | 'reveal' | 'timer' | 'steps' | 'fullscreen' | 'help';

export const shortcuts: ReadonlyArray<{ action: RoomAction; keys: readonly string[]; shown: string; what: string }> = [
  { action: 'next', keys: ['n', 'ArrowRight'], shown: 'N or →', what: 'Next: continue the story' },
  { action: 'back', keys: ['p', 'ArrowLeft'], shown: 'P or ←', what: 'Back to the previous step on the room’s path' },
  { action: 'reveal', keys: ['r'], shown: 'R', what: 'Reveal every option’s rating, proportionality, feedback and reason (sort and write steps: the guidance’s answer)' },
  { action: 'timer', keys: ['t'], shown: 'T', what: 'Start or pause the discussion timer' },
  { action: 'steps', keys: ['s'], shown: 'S', what: 'Step list: jump to any step' },
  { action: 'fullscreen', keys: ['f'], shown: 'F', what: 'Full screen on or off' },
  { action: 'help', keys: ['?'], shown: '?', what: 'These shortcuts' },
];

/** What the key focus is in: text fields take every key; number fields (the votes) and radios keep their arrows. */
export type FocusKind = 'text' | 'arrows' | 'other';

/** The action for a key press, or null (modifier keys held, or the key belongs to the field in focus). */
export function actionFor(key: string, focus: FocusKind, modifiers = false): RoomAction | null {
  if (modifiers || focus === 'text') return null;
  if (focus === 'arrows' && key.startsWith('Arrow')) return null;
  const k = key.length === 1 ? key.toLowerCase() : key;
  return shortcuts.find((s) => s.keys.includes(k))?.action ?? null;
}

/** The kind of element a key press comes from. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text';
  if (target instanceof HTMLInputElement) {
    if (target.type === 'number' || target.type === 'radio') return 'arrows';
    return ['checkbox', 'button', 'submit'].includes(target.type) ? 'other' : 'text';
  }
  return 'other';
}
