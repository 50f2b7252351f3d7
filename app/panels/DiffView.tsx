// A line diff with folded context, as produced by inspect/lineDiff.
import type { DiffGap, DiffLine } from '../inspect/lineDiff';

export function DiffView({ lines }: { lines: readonly (DiffLine | DiffGap)[] }) {
  return (
    <pre className="diff">
      {lines.map((l, i) =>
        l.op === '…' ? (
          <span key={i} className="diff-gap">
            {`  … ${l.skipped} unchanged\n`}
          </span>
        ) : (
          <span key={i} className={l.op === '+' ? 'diff-add' : l.op === '-' ? 'diff-del' : 'diff-ctx'}>
            {`${l.op} ${l.text}\n`}
          </span>
        ),
      )}
    </pre>
  );
}
