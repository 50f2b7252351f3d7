// "Download this run": the timeline's recorded runs as a trace file, to open later on the trace page.
import { t } from '../i18n';
import type { Timeline } from '../timeline/timeline';
import { downloadText } from '../trace/download';
import { serializeTrace, toTraceFile, traceFileName } from '../trace/traceFile';

export function DownloadRun({ timeline, lesson }: { timeline: Timeline; lesson?: string }) {
  return (
    <button
      type="button"
      className="download-run"
      data-testid="download-run"
      title={t('trace.downloadTitle')}
      onClick={() =>
        downloadText(
          traceFileName(lesson),
          serializeTrace(
            toTraceFile(
              timeline.runs.map((r) => r.run),
              lesson,
            ),
          ),
        )
      }
    >
      {t('trace.download')}
    </button>
  );
}
