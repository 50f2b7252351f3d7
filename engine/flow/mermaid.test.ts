import { describe, expect, it } from 'vitest';
import { chartTransitions, flowchart, mermaidNodeOf, sequenceDiagram } from './mermaid';
import { allSteps } from './steps';

describe('diagrams generated from the statechart', () => {
  it('the chart has a transition into every step, and the flowchart has a node for each', () => {
    const targets = new Set(chartTransitions().map((e) => e.to));
    const requestSteps = allSteps.filter((s) => s.group !== 'startup');
    for (const s of requestSteps) expect(targets.has(s.id.replace(/\./g, ':'))).toBe(true);
    const text = flowchart();
    for (const s of requestSteps) expect(text).toMatch(new RegExp(`\\b${mermaidNodeOf(s.id)}[\\[(]`));
    expect(text).toContain(
      `${mermaidNodeOf('filter.authorization')} --> ${mermaidNodeOf('chain.aggregator')}`,
    );
  });

  it('marks the current and the visited steps', () => {
    const text = flowchart({ current: 'scheme.decode', visited: ['filter.auditInit', 'scheme.decode'] });
    expect(text).toContain(`class ${mermaidNodeOf('scheme.decode')} current`);
    expect(text).toContain(`class ${mermaidNodeOf('filter.auditInit')} visited`);
  });

  it('draws the servers a request crossed', () => {
    const text = sequenceDiagram(
      [
        'filter.auditInit',
        'chain.aggregator',
        'chain.kubeAPIServer',
        'chain.apiextensions',
        'chain.notFound',
        'exit.404',
      ],
      404,
    );
    expect(text).toContain('agg->>kas: delegate');
    expect(text).toContain('ext->>nf: delegate');
    expect(text).toContain('nf-->>client: 404');
  });
});

describe('mermaid syntax', () => {
  it('uses only letters, digits and underscores in ids (subgraph titles have spaces)', () => {
    const ids = [...flowchart().matchAll(/^\s*subgraph (\S+)\[/gm)].map((m) => m[1]!);
    expect(ids).toContain('Server_chain');
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
