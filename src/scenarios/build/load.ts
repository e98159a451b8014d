// Reads and checks every scenario file in content/scenarios (Node only: tests and the bench).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Scenario } from '../schema';
import { parseScenario, type References } from '../validate';
import { loadReferences } from './references';

export interface ScenarioFile { id: string; file: string; scenario: Scenario }

export function loadScenarioFiles(dir = join(process.cwd(), 'content', 'scenarios'), refs: References = loadReferences()): ScenarioFile[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = relative(process.cwd(), join(dir, f));
      const data: unknown = parseYaml(readFileSync(join(dir, f), 'utf8'));
      return { id: f.replace(/\.ya?ml$/, ''), file, scenario: parseScenario(data, file, refs) };
    });
}
