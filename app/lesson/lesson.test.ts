import { beforeAll, describe, expect, it } from 'vitest';
import { allSteps, createServerChain } from '../../engine';
import type { Lesson } from '../../lessons/types';
import { fixtureExcerpts, fixtureLesson } from '../testing/fixtureLesson';
import { recordScenario } from '../timeline/recordScenario';
import { buildTimeline, type Timeline } from '../timeline/timeline';
import { findExcerpt } from './excerpts';
import { clampLines, defaultContent, lessonContent } from './lessonContent';
import { questionsAt, questionSteps } from './questions';
import { upstreamUrl } from './upstream';

let tl: Timeline;
beforeAll(async () => {
  tl = buildTimeline((await recordScenario(createServerChain, fixtureLesson.scenario)).runs);
});

describe('lesson content for a step', () => {
  it('gives the note, the excerpt and its lines', () => {
    const content = lessonContent(fixtureLesson, tl);
    const auth = tl.entries.find((e) => e.step.id === 'filter.authentication')!;
    expect(content(auth)).toMatchObject({
      note: 'Filter filter.authentication, request 0.',
      source: { excerpt: { id: 'authentication' }, lines: [3, 4] },
      problem: null,
      questions: [],
    });
  });

  it('says so when the lesson names an excerpt it does not have, or throws', () => {
    const broken: Lesson = {
      ...fixtureLesson,
      stepContent: (id) => {
        if (id === 'scheme.decode') throw new Error('no note for scheme.decode');
        return { note: { en: 'n' }, excerpt: 'nowhere', lines: [1, 1] };
      },
    };
    const content = lessonContent(broken, tl);
    expect(content(tl.entries[0]!).problem).toContain('“nowhere”');
    const decode = tl.entries.find((e) => e.step.id === 'scheme.decode')!;
    expect(content(decode)).toMatchObject({ note: null, problem: 'no note for scheme.decode' });
  });

  it('finds excerpts in the lesson first, then in a shared bag of either shape', () => {
    const { excerpts: _, ...bare } = fixtureLesson;
    expect(findExcerpt(fixtureLesson, 'create')?.func).toBe('createHandler');
    expect(findExcerpt(bare, 'create')).toBeUndefined();
    expect(findExcerpt(bare, 'create', fixtureExcerpts)?.func).toBe('createHandler');
    expect(findExcerpt(bare, 'create', { create: fixtureExcerpts[1]! })?.func).toBe('createHandler');
    expect(findExcerpt(bare, 'create', new Map([['create', fixtureExcerpts[1]!]]))?.func).toBe(
      'createHandler',
    );
    expect(findExcerpt(bare, 'toString', {})).toBeUndefined();
  });

  it('shows no source and no problem for an empty excerpt id', () => {
    const none: Lesson = {
      ...fixtureLesson,
      stepContent: () => ({ note: { en: 'n' }, excerpt: '', lines: [1, 1] }),
    };
    expect(lessonContent(none, tl)(tl.entries[0]!)).toMatchObject({ note: 'n', source: null, problem: null });
  });

  it('gives a trace outside a lesson the default content of each step', () => {
    const content = defaultContent(
      (id, method) =>
        id === 'scheme.decode'
          ? { note: { en: `decode ${method}` }, excerpt: 'create', lines: [2, 3] }
          : undefined,
      fixtureExcerpts,
      tl,
    );
    const decode = tl.entries.find((e) => e.step.id === 'scheme.decode')!;
    expect(content(decode)).toMatchObject({ note: 'decode POST', source: { lines: [2, 3] }, questions: [] });
    expect(content(tl.entries[0]!)).toMatchObject({ note: null, source: null });
  });

  it('clamps highlighted lines to the excerpt', () => {
    expect(clampLines([0, 99], 'a\nb\nc')).toEqual([1, 3]);
    expect(clampLines([3, 2], 'a\nb\nc')).toEqual([3, 3]);
  });
});

describe('questions', () => {
  it('asks a question at the first time its request reaches its step', () => {
    const [decodeStep] = questionSteps(fixtureLesson.quiz, tl);
    const entry = tl.entries[decodeStep!]!;
    expect(entry).toMatchObject({ request: 0, step: { id: 'scheme.decode' } });
    expect(questionsAt(fixtureLesson.quiz, tl, entry).map((q) => q.id)).toEqual(['decode-kind']);
    expect(questionSteps(fixtureLesson.quiz, tl)).toHaveLength(1);
  });
});

describe('upstream links', () => {
  it('points staging packages into staging/src at the tag', () => {
    expect(upstreamUrl({ pkg: 'k8s.io/apiserver/pkg/endpoints/filters', file: 'authentication.go' })).toBe(
      'https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/authentication.go',
    );
    expect(upstreamUrl({ pkg: 'k8s.io/kubernetes/pkg/registry/core/pod', file: 'strategy.go' })).toBe(
      'https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/core/pod/strategy.go',
    );
    for (const s of allSteps)
      expect(upstreamUrl(s.go)).toMatch(
        /^https:\/\/github\.com\/kubernetes\/kubernetes\/blob\/v1\.34\.0\/.+\.go$/,
      );
  });
});
