// Mermaid, loaded on first use (dagre layout: ELK is far larger), rendering one diagram at a time:
// mermaid.render uses shared state and is not safe to run concurrently.
import type MermaidAPI from 'mermaid';

type Mermaid = typeof MermaidAPI;

let loaded: Promise<Mermaid> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let seq = 0;

function loadMermaid(): Promise<Mermaid> {
  loaded ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      layout: 'dagre',
      theme: 'default',
      flowchart: { useMaxWidth: false },
      sequence: { useMaxWidth: true, width: 120, actorMargin: 24, boxMargin: 6 },
    });
    return mermaid;
  });
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** Mermaid text → SVG markup (sanitized by Mermaid under securityLevel 'strict'). */
export function renderMermaid(text: string): Promise<string> {
  const run = queue.then(async () => {
    const mermaid = await loadMermaid();
    const id = `kw-mermaid-${++seq}`;
    try {
      const { svg } = await mermaid.render(id, text);
      return svg;
    } finally {
      // a failed render leaves its scratch element (and an error bomb) in the body
      document.getElementById(`d${id}`)?.remove();
      document.getElementById(id)?.remove();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
