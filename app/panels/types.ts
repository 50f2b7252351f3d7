import type { StepShow } from '../lesson/lessonContent';
import type { Timeline, TimelineEntry } from '../timeline/timeline';

/** What every step panel receives: the timeline, where the player is, and the lesson's content for it. */
export interface StepPanelProps {
  timeline: Timeline;
  entry: TimelineEntry;
  show: StepShow;
}
