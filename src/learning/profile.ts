// Who the learner is, for the CPD printout and the xAPI export: a name, a role and, if they choose,
// an email address. Kept on this device only, under its own key, apart from the record: it is not in
// the exported record file (a learner may share that), and the site never sends it anywhere.
import * as z from 'zod/mini';
import { fail, ok, UserError, type Result } from '../shared/errors';
import { storageWriteFailed, type KeyValueStore } from '../shared/storage';

export const learnerKey = 'hct:learner';

const profileSchema = z.object({
  name: z.string(),
  role: z.string(),
  /** Optional. When given, the xAPI export names the learner by it (mbox); otherwise by localId. */
  email: z.string(),
  /** A random id made on this device: the xAPI account name when no email is given. */
  localId: z.string(),
});

export type LearnerProfile = z.infer<typeof profileSchema>;

const newLocalId = () => `learner-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** The stored profile, or an empty one (with a new local id) when there is none or it is unreadable. */
export function readProfile(store: KeyValueStore | null): LearnerProfile {
  const empty = { name: '', role: '', email: '', localId: newLocalId() };
  try {
    const raw = store?.getItem(learnerKey);
    if (!raw) return empty;
    const parsed = profileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

/** A plausible email address (xAPI's mbox is mailto: and an address), or blank. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Saves the profile, trimmed. Refuses an email address that is not one. */
export function saveProfile(store: KeyValueStore | null, profile: LearnerProfile): Result<LearnerProfile> {
  const p = { ...profile, name: profile.name.trim(), role: profile.role.trim(), email: profile.email.trim() };
  if (p.email && !emailPattern.test(p.email)) return fail(new UserError('Enter an email address like name@example.org, or leave it blank.'));
  try {
    if (!store) throw new Error('no storage');
    store.setItem(learnerKey, JSON.stringify(p));
    return ok(p);
  } catch (error) {
    return fail(new UserError(storageWriteFailed(error, 'your name and role')));
  }
}
