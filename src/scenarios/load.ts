// Reads and checks every scenario file in content/scenarios (used by tests and the build).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Scenario } from '../schemas/scenarios';
import { loadBriefingSlugs, loadContactIds, loadGuidanceIndex } from '../shared/content-index';
import { parseScenario, type GuidanceIndex } from './validate';

export interface ScenarioFile { id: string; file: string; scenario: Scenario }

export function loadScenarioFiles(dir = join(process.cwd(), 'content', 'scenarios'), guidance: GuidanceIndex = loadGuidanceIndex()): ScenarioFile[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = relative(process.cwd(), join(dir, f));
      const data: unknown = parseYaml(readFileSync(join(dir, f), 'utf8'));
      return { id: f.replace(/\.ya?ml$/, ''), file, scenario: parseScenario(data, file, guidance, loadContactIds(), loadBriefingSlugs()) };
    });
}
