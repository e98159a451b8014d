// The map of a scenario for the facilitator pack: every step as a box and every transition as an
// arrow, laid out at build time by dagre (top to bottom, so that it fits a portrait A4 page). The
// transitions come from the engine's own reading of the graph (exits/branches in ../model), so the
// map shows exactly the links the validator and the machine follow. Build-time only.
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { optionLetters } from '../letters';
import { branches, exits, type Scenario, type Step } from '../model';

export interface MapPoint { x: number; y: number }

export interface MapNode {
  id: string;
  /** The step's number in the pack (its position in the file, from 1). */
  number: number;
  kind: Step['kind'];
  ending: boolean;
  /** The box's text, line by line: its number and kind (an ending: its outcome), then its title. */
  lines: string[];
  /** How many of the lines are the number and kind (the rest are the title). */
  head: number;
  /** Centre of the box, and its size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** The letters (as in room mode: ../letters) of the options that take this link; empty when the step has no options. */
  options: string[];
  /** Every branch on this link depends on earlier answers (a `when`). */
  conditional: boolean;
  points: MapPoint[];
  /** Where the option letters are written, when there are any. */
  label?: MapPoint & { text: string };
}

export interface ScenarioMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** What each kind of step is called on the map and in the pack. */
export const kindText: Record<Step['kind'], string> = {
  narrative: 'Story',
  decision: 'Decision',
  level: 'Type of support',
  select: 'Select all that apply',
  sort: 'Sort',
  scale: 'Scale 0 to 10',
  write: 'Write a record',
  debrief: 'Ending',
};

const BOX_WIDTH = 220;
const LINE_HEIGHT = 15;
const PADDING = 6;
/** Characters per line at the map's 11 px type (bold for the first lines) in a 220-unit box (an estimate: no font metrics at build time). */
const LINE_CHARS = 30;

/**
 * Greedy word wrap by character count. SVG text does not wrap, and the layout needs each box's
 * height before anything is drawn, so the lines are decided here.
 */
export function wrap(text: string, width = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The links out of a step: one per target, with the options (by letter) that take it. */
export function stepLinks(step: Step): Array<{ to: string; options: string[]; conditional: boolean }> {
  const letters = optionLetters(step);
  const links = new Map<string, { to: string; options: string[]; conditional: boolean }>();
  for (const exit of exits(step)) {
    const n = exit.option ? letters.get(exit.option.id) : undefined;
    for (const b of branches(exit.next)) {
      const link = links.get(b.to) ?? { to: b.to, options: [], conditional: true };
      if (n !== undefined && !link.options.includes(n)) link.options.push(n);
      if (!b.when) link.conditional = false;
      links.set(b.to, link);
    }
  }
  return [...links.values()];
}

/** Lays out the map of a scenario. */
export function scenarioMap(scenario: Scenario): ScenarioMapLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 34, edgesep: 12, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const numbers = new Map(scenario.steps.map((s, i) => [s.id, i + 1]));
  const texts = new Map<string, { lines: string[]; head: number }>();
  for (const [i, step] of scenario.steps.entries()) {
    const head = wrap(`${i + 1}. ${step.kind === 'debrief' ? `Ending: ${step.outcome}` : kindText[step.kind]}`);
    const lines = [...head, ...wrap(step.title)];
    texts.set(step.id, { lines, head: head.length });
    g.setNode(step.id, { width: BOX_WIDTH, height: lines.length * LINE_HEIGHT + 2 * PADDING });
  }
  const links = scenario.steps.flatMap((s) => stepLinks(s).map((l) => ({ from: s.id, ...l })));
  for (const l of links) {
    const text = l.options.join(', ');
    g.setEdge(l.from, l.to, text ? { width: text.length * 7 + 8, height: 14, labelpos: 'c' } : {});
  }
  dagre.layout(g);

  const nodes: MapNode[] = scenario.steps.map((step) => {
    const n = g.node(step.id);
    return {
      id: step.id, number: numbers.get(step.id)!, kind: step.kind, ending: step.kind === 'debrief', ...texts.get(step.id)!,
      x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height,
    };
  });
  const edges: MapEdge[] = links.map((l) => {
    const e = g.edge(l.from, l.to);
    const text = l.options.join(', ');
    return {
      from: l.from, to: l.to, options: l.options, conditional: l.conditional, points: e.points ?? [],
      ...(text && e.x !== undefined && e.y !== undefined ? { label: { x: e.x, y: e.y, text } } : {}),
    };
  });
  const graph = g.graph();
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}
