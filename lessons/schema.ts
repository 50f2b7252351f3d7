// The lesson schema (zod). Pure: the test passes in what needs the file system (the list of upstream files).
import { z } from 'zod';
import { stepById } from '../engine';
import type { Excerpt } from './types';

export const TAG = 'v1.34.0';
const blob = `https://github.com/kubernetes/kubernetes/blob/${TAG}`;

/** Staging repositories: their files live under staging/src/ in kubernetes/kubernetes. */
const stagingPath =
  /^k8s\.io\/(apiserver|apimachinery|apiextensions-apiserver|kube-aggregator|api)\/[\w./-]+\.go$/;
/** Files of kubernetes/kubernetes itself, named by their import path. */
const kubernetesPath = /^k8s\.io\/kubernetes\/(cmd|pkg|plugin)\/[\w./-]+\.go$/;

/** The link an excerpt of this upstream file must carry. */
export function upstreamURL(path: string): string | undefined {
  if (stagingPath.test(path)) return `${blob}/staging/src/${path}`;
  if (kubernetesPath.test(path)) return `${blob}/${path.slice('k8s.io/kubernetes/'.length)}`;
  return undefined;
}

export const localized = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1).optional() });

/** Our excerpt limits: at least 10 lines in all, at most 40 lines of Go below the header. */
export const EXCERPT_MIN_LINES = 10;
export const EXCERPT_MAX_CODE_LINES = 40;

export const excerptSchema = (upstreamFiles: ReadonlySet<string>) =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      path: z.string().min(1),
      func: z.string().min(1),
      tag: z.literal(TAG),
      url: z.string(),
      source: z.string(),
    })
    .superRefine((e, ctx) => {
      const expected = upstreamURL(e.path);
      if (!expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['path'],
          message: `"${e.path}" is neither a staging file nor k8s.io/kubernetes/{cmd,pkg,plugin}/…`,
        });
      } else if (e.url !== expected) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: `link should be ${expected}` });
      }
      if (stagingPath.test(e.path) && !upstreamFiles.has(e.path)) {
        ctx.addIssue({
          code: 'custom',
          path: ['path'],
          message: `${e.path} is not a Go file of the staging repositories at ${TAG}`,
        });
      }
      const lines = e.source.replace(/\n$/, '').split(/\r?\n/);
      // the code: from the package clause (below the header comment and its blank line) to the end
      const header = lines.findIndex((l) => !l.startsWith('//'));
      const code = lines.length - lines.findIndex((l, i) => i >= header && l.trim() !== '');
      if (lines.length < EXCERPT_MIN_LINES)
        ctx.addIssue({ code: 'custom', path: ['source'], message: `only ${lines.length} lines` });
      if (code > EXCERPT_MAX_CODE_LINES)
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: `${code} lines of code (max ${EXCERPT_MAX_CODE_LINES})`,
        });
      if (!/^\/\/ Kubewalk sketch/.test(lines[0] ?? ''))
        ctx.addIssue({ code: 'custom', path: ['source'], message: 'the header must say it is our sketch' });
      if (!lines.slice(header).some((l) => /^package \w+$/.test(l)))
        ctx.addIssue({ code: 'custom', path: ['source'], message: 'no package clause' });
    });

export const stepContentSchema = (excerpts: ReadonlyMap<string, Excerpt>) =>
  z
    .object({
      note: localized,
      excerpt: z.string().min(1, 'no excerpt for this step'),
      lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
    })
    .superRefine((c, ctx) => {
      const excerpt = excerpts.get(c.excerpt);
      if (!excerpt) {
        ctx.addIssue({ code: 'custom', path: ['excerpt'], message: `unknown excerpt "${c.excerpt}"` });
        return;
      }
      const count = excerpt.source.replace(/\n$/, '').split(/\r?\n/).length;
      const [from, to] = c.lines;
      if (from > to || to > count)
        ctx.addIssue({
          code: 'custom',
          path: ['lines'],
          message: `[${from}, ${to}] is not within 1..${count}`,
        });
    });

const httpRequest = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().startsWith('/'),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
});

/** etcd compaction, as a setup entry or right before a request (lessons/_shared/scenario.ts applies it). */
const compactStep = z.object({ compactAt: z.literal('current') }).strict();

const knownStep = z.string().refine((id) => stepById.has(id), { message: 'not a step id of the catalog' });

export const questionSchema = (requestCount: number) =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      request: z
        .number()
        .int()
        .min(0)
        .max(requestCount - 1),
      step: knownStep,
      prompt: localized,
      choices: z.array(localized).min(2).max(6),
      answer: z.number().int().min(0),
      explanation: localized,
    })
    .refine((q) => q.answer < q.choices.length, {
      message: 'answer is not the index of a choice',
      path: ['answer'],
    });

export const lessonSchema = z
  .object({
    id: z.string().regex(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/),
    title: localized,
    summary: localized,
    intro: localized,
    sources: z.array(z.url()).min(1),
    scenario: z.object({
      config: z
        .object({
          clock: z.custom<() => Date>((v) => typeof v === 'function', 'a fixed clock'),
          seed: z.number().int(),
        })
        .loose(),
      traceStartup: z.boolean().optional(),
      setup: z.array(z.union([httpRequest, compactStep])),
      requests: z
        .array(z.object({ title: localized, request: httpRequest, before: compactStep.optional() }))
        .min(1),
    }),
    stepContent: z.custom<(stepId: string, requestIndex: number) => unknown>((v) => typeof v === 'function'),
    quiz: z.array(z.unknown()),
  })
  .superRefine((l, ctx) => {
    const ids = l.quiz.map((q) => (q as { id?: unknown }).id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['quiz'], message: 'question ids repeat' });
    l.quiz.forEach((q, i) => {
      // with a traced start-up, run 0 is the start-up and request i is run i + 1
      const r = questionSchema(l.scenario.requests.length + (l.scenario.traceStartup ? 1 : 0)).safeParse(q);
      if (!r.success) ctx.addIssue({ code: 'custom', path: ['quiz', i], message: z.prettifyError(r.error) });
    });
  });
