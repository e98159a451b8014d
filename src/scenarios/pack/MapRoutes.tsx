/** @jsxImportSource preact */
// The map of a scenario as text (the SVG's equivalent, for screen readers and for reading): every
// step in order, and for each option or for the step as a whole, the step it leads to and when.
// Rendered at build time only.
import { Env, Text, type PlayerEnv } from '../player/env';
import type { Scenario } from '../model';
import { kindText } from './map-layout';
import { Branches, StepLink, Steps } from './pack-parts';
import { routesOf, stepIndex } from './routes';

export default function MapRoutes({ scenario, ...env }: PlayerEnv & { scenario: Scenario }) {
  return (
    <Env.Provider value={env}>
    <Steps.Provider value={stepIndex(scenario)}>
      <div class="pack-routes">
        <p id="pack-routes-heading"><strong>The map as a list</strong>: each step, and where each answer leads.</p>
        <ul aria-labelledby="pack-routes-heading">
          {scenario.steps.map((step) => {
            const routes = routesOf(step);
            return (
              <li>
                <StepLink id={step.id} /> ({step.kind === 'debrief' ? `ending: ${step.outcome}` : kindText[step.kind]})
                {routes.length === 1 && !routes[0]!.option && <>: leads to <Branches route={routes[0]!} /></>}
                {routes.some((r) => r.option) && (
                  <ul>
                    {routes.map((r) => (
                      <li>
                        Option {r.option!.letter}, “<Text text={r.option!.label} />”: leads to <Branches route={r} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </Steps.Provider>
    </Env.Provider>
  );
}
