/** @jsxImportSource preact */
import type { StepOf, StepProps } from './types';

/** The story moves on: nothing to answer. */
export function NarrativeStep({ act }: StepProps<StepOf<'narrative'>>) {
  return (
    <p class="button-row">
      <button type="button" class="button" onClick={act.next}>
        Continue
      </button>
    </p>
  );
}
