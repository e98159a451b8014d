/** @jsxImportSource preact */
// The learner's name and role for the printed CPD record, and an optional email address for the xAPI
// export. Kept on this device only (./profile.ts).
import { useEffect, useState } from 'preact/hooks';
import type { LearnerProfile } from './profile';

interface Props {
  profile: LearnerProfile;
  /** Saves the details; returns true when they were saved. */
  onSave: (profile: LearnerProfile) => boolean;
}

export function LearnerDetails({ profile, onSave }: Props) {
  const [draft, setDraft] = useState(profile);
  useEffect(() => setDraft(profile), [profile]);
  const field = (key: 'name' | 'role' | 'email', label: string, hint?: string, type = 'text') => (
    <p>
      <label for={`learner-${key}`}>{label}</label>
      {hint && <span class="small learner-hint" id={`learner-${key}-hint`}>{hint}</span>}
      <input
        id={`learner-${key}`}
        type={type}
        class="learner-input"
        autocomplete={key === 'name' ? 'name' : key === 'email' ? 'email' : 'organization-title'}
        aria-describedby={hint ? `learner-${key}-hint` : undefined}
        value={draft[key]}
        onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      />
    </p>
  );
  return (
    <form
      class="no-print learner-details"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <h2>Your details for the printed record</h2>
      <p class="small">Kept only in this browser on this device, and not in the exported record file.</p>
      {field('name', 'Your name')}
      {field('role', 'Your role')}
      {field('email', 'Email address (optional)', 'Only for the xAPI export, if your learning record store knows you by it. Without it, the export names you by a random id made on this device.', 'email')}
      <p class="button-row">
        <button type="submit" class="button secondary">Save your details</button>
      </p>
    </form>
  );
}
