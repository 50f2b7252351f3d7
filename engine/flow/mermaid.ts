// Mermaid diagrams generated from the request statechart — never drawn by hand. The flowchart shows the
// states grouped as the chart groups them and the transitions of the usual path; the sequence diagram shows
// a recorded request crossing the servers of the delegation chain.
import { requestFlowMachine, stateIdOf } from './requestFlow.machine';
import { chainSteps, exitSteps, filterSteps, handlerSteps, stepById, type StepDef } from './steps';
import { startupSteps, startupTransitions } from './startup_steps';

interface Edge {
  from: string;
  to: string;
}

/** Every transition of the chart, read back from the machine definition. */
export function chartTransitions(): Edge[] {
  const edges: Edge[] = [];
  const visit = (node: {
    id: string;
    states: Record<string, unknown>;
    transitions: Map<string, { target?: readonly { id: string }[] }[]>;
  }) => {
    for (const [, defs] of node.transitions) {
      for (const d of defs) for (const t of d.target ?? []) edges.push({ from: node.id, to: t.id });
    }
    for (const child of Object.values(node.states)) visit(child as Parameters<typeof visit>[0]);
  };
  visit(requestFlowMachine.root as unknown as Parameters<typeof visit>[0]);
  return edges;
}

export interface ChartOptions {
  current?: string;
  visited?: string[];
  /** the text of a step's node (the UI passes its translation; default: the catalog's English label) */
  labelOf?: (step: StepDef) => string;
  /** the title of a region, named by its step group (default: English) */
  regionTitleOf?: (group: 'filter' | 'chain' | 'handler' | 'response' | 'startup') => string | undefined;
}

const regionTitles = {
  filter: 'Filters',
  chain: 'Server chain',
  handler: 'Handler',
  response: 'Response',
  startup: 'Start-up',
} as const;

/** Mermaid ids may only use letters, digits and underscores. */
const nodeName = (stepId: string) => stepId.replace(/[^A-Za-z0-9_]/g, '_');
const quoteLabel = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;

/**
 * `flowchart TD` with one subgraph per chart region. Only transitions between neighbours of the usual path
 * are drawn (the chart also allows skips and exits from everywhere, which would hide the shape); every region
 * has one dotted edge to the exits.
 */
export function flowchart(options: ChartOptions = {}): string {
  const edges = chartTransitions();
  const label = options.labelOf ?? ((s: StepDef) => s.label);
  const title = (g: keyof typeof regionTitles) => options.regionTitleOf?.(g) ?? regionTitles[g];
  // subgraph ids stay English: the highlight and the tests find regions by them
  const regions: [string, string, StepDef[]][] = [
    ['Filters', title('filter'), filterSteps],
    ['Server chain', title('chain'), chainSteps],
    ['Handler', title('handler'), handlerSteps],
  ];
  const order = [...filterSteps, ...chainSteps, ...handlerSteps].map((s) => s.id);
  const lines = ['flowchart TD'];
  for (const [id, text, steps] of regions) {
    lines.push(`  subgraph ${nodeName(id)}[${quoteLabel(text)}]`);
    for (const s of steps) lines.push(`    ${nodeName(s.id)}[${quoteLabel(label(s))}]`);
    lines.push('  end');
  }
  lines.push(`  subgraph exits[${quoteLabel(title('response'))}]`);
  for (const s of exitSteps) lines.push(`    ${nodeName(s.id)}([${quoteLabel(label(s))}])`);
  lines.push('  end');
  const idToStep = new Map([...stepById.keys()].map((id) => [stateIdOf(id), id]));
  const drawn = new Set<string>();
  for (const e of edges) {
    const from = idToStep.get(e.from);
    const to = idToStep.get(e.to);
    if (!from || !to) continue;
    const adjacent = order.indexOf(to) === order.indexOf(from) + 1;
    const chainHop = from === 'filter.authorization' && to === 'chain.aggregator';
    if (!adjacent && !chainHop) continue;
    const key = `${from}->${to}`;
    if (drawn.has(key)) continue;
    drawn.add(key);
    lines.push(`  ${nodeName(from)} --> ${nodeName(to)}`);
  }
  for (const [title] of regions) lines.push(`  ${nodeName(title)} -.-> exits`);
  lines.push(...highlightLines(options));
  return lines.join('\n');
}

/** The classDefs of the highlight, and the classes of the current and visited steps. */
function highlightLines(options: { current?: string; visited?: string[] }): string[] {
  const lines = [
    '  classDef visited fill:#dbe7fb,stroke:#326ce5',
    '  classDef current fill:#326ce5,color:#fff,stroke:#1f4fb5,stroke-width:3px',
  ];
  const visited = (options.visited ?? []).filter((id) => stepById.has(id) && id !== options.current);
  if (visited.length > 0) lines.push(`  class ${[...new Set(visited)].map(nodeName).join(',')} visited`);
  if (options.current && stepById.has(options.current))
    lines.push(`  class ${nodeName(options.current)} current`);
  return lines;
}

/** The node name Mermaid gives a step, for highlighting and tests. */
export const mermaidNodeOf = nodeName;

/** `sequenceDiagram` of the servers a recorded request visited, in order, ending with the response. */
export function sequenceDiagram(stepIds: string[], status: number, upTo = stepIds.length): string {
  const participants = [
    ['client', 'Client'],
    ['agg', 'kube-aggregator'],
    ['kas', 'kube-apiserver'],
    ['ext', 'apiextensions-apiserver'],
    ['nf', 'not found'],
    ['etcd', 'etcd'],
  ] as const;
  const byStep: Record<string, string> = {
    'chain.aggregator': 'agg',
    'chain.kubeAPIServer': 'kas',
    'chain.apiextensions': 'ext',
    'chain.notFound': 'nf',
  };
  const lines = ['sequenceDiagram', ...participants.map(([id, name]) => `  participant ${id} as ${name}`)];
  let at = 'client';
  let server = 'agg';
  for (const id of stepIds.slice(0, upTo)) {
    if (id === 'filter.auditInit') lines.push(`  client->>agg: request (filters run here only)`);
    const hop = byStep[id];
    if (hop && hop !== 'agg') {
      lines.push(`  ${server}->>${hop}: delegate (director)`);
      server = hop;
    }
    if (id === 'etcd.txn') lines.push(`  ${server}->>etcd: txn`, `  etcd-->>${server}: revision`);
    at = server;
  }
  if (upTo >= stepIds.length) lines.push(`  ${at}-->>client: ${status}`);
  return lines.join('\n');
}

/** The start-up chart as a flowchart: every legal transition of CreateServerChain's steps. */
export function startupFlowchart(options: ChartOptions = {}): string {
  const label = options.labelOf ?? ((s: StepDef) => s.label);
  const startupTitle = options.regionTitleOf?.('startup') ?? regionTitles.startup;
  const lines = ['flowchart TD', `  subgraph Startup[${quoteLabel(startupTitle)}]`];
  for (const s of startupSteps) lines.push(`    ${nodeName(s.id)}[${quoteLabel(label(s))}]`);
  lines.push('  end');
  for (const [from, tos] of Object.entries(startupTransitions)) {
    for (const to of tos)
      lines.push(
        from === to
          ? `  ${nodeName(from)} -->|again| ${nodeName(to)}`
          : `  ${nodeName(from)} --> ${nodeName(to)}`,
      );
  }
  lines.push(...highlightLines(options));
  return lines.join('\n');
}
