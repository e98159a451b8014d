// The site's own errors, one small hierarchy for every feature: a browser script that finds the
// page's markup changed throws MarkupError; a content file that breaks a rule its schema cannot
// express fails the build with ContentError; what the learner can put right (storage refused, a
// damaged record) comes back as a Result holding a UserError with words fit to show them.

/** Base of every error the site throws or returns, so that callers can tell them from the platform's. */
export class SiteError extends Error {
  override name = 'SiteError';
}

/** A page lacks markup that one of its scripts needs (a template changed without its script). */
export class MarkupError extends SiteError {
  override name = 'MarkupError';
  constructor(readonly widget: string, what: string) {
    super(`${widget}: ${what} not found in the page`);
  }
}

/** A content file breaks a rule; the message names the file and each problem, for the build log. */
export class ContentError extends SiteError {
  override name = 'ContentError';
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Something the learner can see and act on; the message is written for them. */
export class UserError extends SiteError {
  override name = 'UserError';
}

/** The outcome of an operation that can fail in a way the caller must show or handle. */
export type Result<T, E extends SiteError = UserError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E extends SiteError>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** The element `selector` finds in `root`; throws MarkupError naming `widget` when there is none. */
export function required<T extends Element>(root: ParentNode, selector: string, widget: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new MarkupError(widget, selector);
  return el;
}

/** Every element `selector` finds in `root`, at least one; throws MarkupError naming `widget` when there is none. */
export function requiredAll<T extends Element>(root: ParentNode, selector: string, widget: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (found.length === 0) throw new MarkupError(widget, `any ${selector}`);
  return found;
}
