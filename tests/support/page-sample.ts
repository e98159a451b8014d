// Which scenario pages every-page.spec.ts checks in full. Its full check (axe, console, reflow at
// 320 px and at 200 % text) is the slowest part of npm test, and three of a scenario's pages are one
// template filled with another scenario's data: the scenario page (a start screen), room mode (a
// client-only shell) and the facilitator pack. Checking all sixty in full took nearly two thirds of
// the spec's time (the packs alone 38 %), and the CI budget is 30 minutes. So the full check runs on a sample that still shows
// every part of each template; the other pages get a quick check of what is theirs (every-page).
import { loadScenarioFiles, type ScenarioFile } from '../../src/scenarios/build/load';

export type ScenarioPageKind = 'scenario' | 'room' | 'pack';

const pattern = /^\/practice\/([^/]+)\/(?:(room|trainer)\/)?$/;

/** The kind of scenario page `path` is, with its scenario id; null for any other page. */
export function scenarioPage(path: string): { kind: ScenarioPageKind; id: string } | null {
  const m = pattern.exec(path);
  if (!m) return null;
  return { id: m[1]!, kind: m[2] === 'room' ? 'room' : m[2] === 'trainer' ? 'pack' : 'scenario' };
}

/** First, middle and last of the ids (sorted): a spread, the same on every run. */
function spread(ids: string[]): string[] {
  return [...new Set([0, Math.floor(ids.length / 2), ids.length - 1].map((i) => ids[i]!))];
}

/** What a pack shows differently by scenario: each kind of step, and a content note or none. */
function packParts(file: ScenarioFile): string[] {
  const { scenario } = file;
  return [...new Set(scenario.steps.map((s) => s.kind)), scenario.contentNote ? 'content-note' : 'no-content-note'];
}

/**
 * Scenario ids whose packs, between them, show every part (a greedy cover: each pick the scenario
 * adding the most parts not yet shown), plus the scenario with the most steps (the largest map).
 */
function packSample(files: ScenarioFile[]): string[] {
  const picked = new Set<string>();
  const shown = new Set<string>();
  const all = new Set(files.flatMap(packParts));
  while (shown.size < all.size) {
    const best = files
      .map((f) => ({ id: f.id, adds: packParts(f).filter((p) => !shown.has(p)) }))
      .sort((a, b) => b.adds.length - a.adds.length || a.id.localeCompare(b.id))[0]!;
    picked.add(best.id);
    best.adds.forEach((p) => shown.add(p));
  }
  const largest = [...files].sort((a, b) => b.scenario.steps.length - a.scenario.steps.length || a.id.localeCompare(b.id))[0];
  if (largest) picked.add(largest.id);
  return [...picked];
}

/** For each kind of scenario page, the scenario ids whose page gets the full check. */
export function fullCheckSample(): Record<ScenarioPageKind, Set<string>> {
  const files = loadScenarioFiles();
  const ids = files.map((f) => f.id);
  const withNote = files.filter((f) => f.scenario.contentNote).map((f) => f.id);
  return {
    // The start screen shows a content note where a scenario has one.
    scenario: new Set([...spread(ids), ...withNote.slice(0, 1)]),
    room: new Set(spread(ids)),
    pack: new Set(packSample(files)),
  };
}
