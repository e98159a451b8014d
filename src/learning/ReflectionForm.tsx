/** @jsxImportSource preact */
// Adds a reflection to the record. Cleared when the reflection is saved.
import { useState } from 'preact/hooks';

interface Props {
  /** Saves the reflection's text; returns true when it was saved. */
  onAdd: (text: string) => boolean;
  /** Called when the learner submits an empty reflection. */
  onEmpty: () => void;
}

export function ReflectionForm({ onAdd, onEmpty }: Props) {
  const [reflection, setReflection] = useState('');
  return (
    <form
      class="no-print"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reflection.trim()) onEmpty();
        else if (onAdd(reflection.trim())) setReflection('');
      }}
    >
      <label for="reflection">Add a reflection: what did you learn, and what will you do differently?</label>
      <p class="small" id="reflection-hint">
        Do not include anything that could identify a real child, family or colleague.
      </p>
      <textarea id="reflection" rows={4} aria-describedby="reflection-hint" value={reflection} onInput={(e) => setReflection(e.currentTarget.value)}></textarea>
      <p class="button-row">
        <button type="submit" class="button">
          Add reflection
        </button>
      </p>
    </form>
  );
}
