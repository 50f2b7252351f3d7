// Lesson text with its inline markup rendered as elements, never as HTML.
import type { ReactNode } from 'react';
import { parseInline, type InlineNode } from './inlineMarkup';

function render(nodes: InlineNode[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{render(n.children)}</strong>;
      case 'em':
        return <em key={i}>{render(n.children)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noreferrer">
            {render(n.children)}
          </a>
        );
      default: {
        const never: never = n;
        throw new Error(`InlineText: unknown node ${JSON.stringify(never)}`);
      }
    }
  });
}

export function InlineText({ text }: { text: string }) {
  return <>{render(parseInline(text))}</>;
}
