// Moves the flowchart's highlight without redrawing it: the chart is rendered once, and stepping only changes
// which nodes carry the `current` and `visited` classes (whose styles the diagram's classDefs define).

/** Mermaid gives a flowchart node a DOM id containing `flowchart-<name>-<n>` (after the diagram's own id). */
const nodeSelector = (name: string) => `g.node[id*="flowchart-${name}-"]`;

export function markSteps(container: Element, current: string, visited: readonly string[]): Element | null {
  for (const el of container.querySelectorAll('g.node.current, g.node.visited'))
    el.classList.remove('current', 'visited');
  for (const name of visited) container.querySelector(nodeSelector(name))?.classList.add('visited');
  const node = container.querySelector(nodeSelector(current));
  node?.classList.add('current');
  return node;
}
