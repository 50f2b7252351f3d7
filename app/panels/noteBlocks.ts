// Splits a note into the blocks lesson text uses: paragraphs (separated by blank lines) and lists (lines that
// start with `- `). Inline marks inside each block are InlineText's job.
import { joinLines } from './inlineMarkup';

export type NoteBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function noteBlocks(text: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: joinLines(paragraph) });
    paragraph = [];
  };
  const flushList = () => {
    if (list && list.length > 0) blocks.push({ kind: 'list', items: list });
    list = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (line.startsWith('- ')) {
      flushParagraph();
      (list ??= []).push(line.slice(2));
    } else if (list) {
      // a continuation line of the last list item
      list[list.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}
