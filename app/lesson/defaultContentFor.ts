// The notes and Go excerpts for a run that belongs to no lesson (playground, live view, an opened trace): the
// default content of each step. If the lesson catalogue fails to load, the steps still play without notes.
import type { Timeline } from '../timeline/timeline';
import { defaultContent, noContent, type ContentFor } from './lessonContent';
import { loadLessons } from './loadLessons';

export async function defaultContentFor(timeline: Timeline): Promise<ContentFor> {
  try {
    const { defaultStepContent, excerpts } = await loadLessons();
    return defaultContent(defaultStepContent, excerpts, timeline);
  } catch {
    return noContent;
  }
}
