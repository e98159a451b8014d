// Checks that a saved snapshot fits the compiled machine before the player restores it.
import { createActor, type AnyStateMachine } from 'xstate';
import type { ScenarioContext } from './compile';
import { stepMap, type Scenario } from './model';

export function snapshotFits(scenario: Scenario, machine: AnyStateMachine, snapshot: unknown): boolean {
  const s = snapshot as { value?: unknown; context?: Partial<ScenarioContext>; status?: string };
  if (!s || typeof s !== 'object' || !s.context) return false;
  const { flags, answers, history } = s.context;
  if (!Array.isArray(flags) || !Array.isArray(history) || !answers || typeof answers !== 'object') return false;
  const steps = stepMap(scenario);
  if (!history.every((id) => typeof id === 'string' && steps.has(id))) return false;
  const value = typeof s.value === 'string' ? s.value : s.value && typeof s.value === 'object' ? Object.keys(s.value)[0] : undefined;
  if (!value || !steps.has(value)) return false;
  // XState throws on a state value the machine does not have.
  const actor = createActor(machine, { snapshot: snapshot as never });
  actor.start();
  const ok = actor.getSnapshot().status !== 'error';
  actor.stop();
  return ok;
}
