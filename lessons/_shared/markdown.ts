// lesson.<lang>.md: YAML frontmatter (id, title, summary, sources), then the intro, then one `## <stepId>`
// section per step note the lesson tells its own way. `## <stepId> @<n>` applies to scenario.requests[n]
// only; `## intro` may name the intro explicitly. Use `###` and below for headings inside a note.
import { parse as parseYAML } from 'yaml';

export interface ParsedLessonMarkdown {
  frontmatter: Record<string, unknown>;
  intro: string;
  /** note text keyed by `noteKey(stepId, requestIndex?)` */
  notes: Record<string, string>;
  /** what could not be parsed; the lesson tests fail on any */
  problems: string[];
}

/** `filter.authentication` for every request, `filter.authentication @1` for scenario.requests[1] only. */
export const noteKey = (stepId: string, requestIndex?: number): string =>
  requestIndex === undefined ? stepId : `${stepId} @${requestIndex}`;

const stepHeading = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)(?:\s+@(\d+))?$/;

export function parseLessonMarkdown(text: string): ParsedLessonMarkdown {
  const problems: string[] = [];
  let frontmatter: Record<string, unknown> = {};
  let body = text.replace(/\r\n/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(body);
  if (fm) {
    try {
      const parsed: unknown = parseYAML(fm[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        frontmatter = parsed as Record<string, unknown>;
      else problems.push('the frontmatter is not a YAML mapping');
    } catch (e) {
      problems.push(`the frontmatter is not valid YAML: ${(e as Error).message}`);
    }
    body = body.slice(fm[0].length);
  } else {
    problems.push('no frontmatter (a leading --- block)');
  }

  const sections: { key: string; lines: string[] }[] = [{ key: 'intro', lines: [] }];
  let fence = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = fence ? null : /^## +(.+?)\s*$/.exec(line);
    if (!heading) {
      sections[sections.length - 1]!.lines.push(line);
      return;
    }
    const title = heading[1]!;
    if (title === 'intro') {
      sections.push({ key: 'intro', lines: [] });
      return;
    }
    const m = stepHeading.exec(title);
    if (!m) {
      problems.push(
        `body line ${i + 1}: "## ${title}" is neither "intro" nor a step id (optionally "@<request>")`,
      );
      sections.push({ key: `?${title}`, lines: [] });
      return;
    }
    sections.push({ key: noteKey(m[1]!, m[2] === undefined ? undefined : Number(m[2])), lines: [] });
  });

  const notes: Record<string, string> = {};
  const intro: string[] = [];
  for (const s of sections) {
    const content = s.lines.join('\n').trim();
    if (s.key === 'intro') {
      if (content) intro.push(content);
    } else if (!s.key.startsWith('?')) {
      if (s.key in notes) problems.push(`"## ${s.key}" appears twice`);
      if (!content) problems.push(`"## ${s.key}" is empty`);
      notes[s.key] = content;
    }
  }
  return { frontmatter, intro: intro.join('\n\n'), notes, problems };
}
