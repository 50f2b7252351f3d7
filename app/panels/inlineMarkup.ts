// The little inline markdown lesson text uses: `code`, **strong** (may hold code), _emphasis_ or *emphasis*
// (Chinese text uses the latter: no spaces around words) and [links](https://…). Anything else stays text.
export type InlineNode =
  | { kind: 'text' | 'code'; text: string }
  | { kind: 'strong' | 'em'; children: InlineNode[] }
  | { kind: 'link'; href: string; children: InlineNode[] };

const marks =
  /\*\*([\s\S]+?)\*\*|(?<!\w)_([^_\n]+?)_(?!\w)|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(?<![*\w])\*([^*\s][^*\n]*?)\*(?![*\w])/g;
// code spans are set aside as private-use placeholders while the other marks are read
const codeMark = /\uE000(\d+)\uE000/;

function textAndCode(s: string, codes: readonly string[], out: InlineNode[]): void {
  s.split(codeMark).forEach((part, i) => {
    if (i % 2 === 1) out.push({ kind: 'code', text: codes[Number(part)] ?? '' });
    else if (part) out.push({ kind: 'text', text: part });
  });
}

function parseMasked(s: string, codes: readonly string[]): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const m of s.matchAll(marks)) {
    textAndCode(s.slice(last, m.index), codes, out);
    if (m[1] !== undefined) out.push({ kind: 'strong', children: parseMasked(m[1], codes) });
    else if (m[2] !== undefined || m[5] !== undefined)
      out.push({ kind: 'em', children: parseMasked((m[2] ?? m[5])!, codes) });
    else out.push({ kind: 'link', href: m[4]!, children: parseMasked(m[3]!, codes) });
    last = m.index + m[0].length;
  }
  textAndCode(s.slice(last), codes, out);
  return out;
}

export function parseInline(text: string): InlineNode[] {
  const codes: string[] = [];
  const masked = text
    .replace(/\uE000/g, '')
    .replace(/`([^`]*)`/g, (_, code: string) => `\uE000${codes.push(code) - 1}\uE000`);
  return parseMasked(masked, codes);
}

// Chinese characters and full-width punctuation: a line break between them is no space
const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Lines of one paragraph as one line: a space where they meet, none between Chinese text. */
export const joinLines = (lines: readonly string[]): string =>
  lines
    .map((l) => l.trim())
    .reduce(
      (out, l) => (!out ? l : cjk.test(out.at(-1)!) && cjk.test(l[0] ?? '') ? out + l : `${out} ${l}`),
      '',
    );

/** Paragraphs of a markdown block: blank lines separate them, single newlines are spaces. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => joinLines(p.split('\n')))
    .filter(Boolean);
