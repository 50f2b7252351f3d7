// Go twin: k8s.io/apiserver/pkg/endpoints/filters/warning.go (WithWarningRecorder, recorder.AddWarning) and
// k8s.io/apimachinery/pkg/util/net/http.go (NewWarningHeader, makeQuotedString) @ v1.34.0
import type { Handler, Header, Request, ResponseWriter } from '../../server/http';

/** limits on what warnings may add to a response (runes) */
export const truncateAtTotalRunes = 4 * 1024;
export const truncateItemRunes = 256;

/**
 * NewWarningHeader: `299 - "text"` (code, agent or `-`, and the text quoted with `"` and `\` escaped). Returns
 * null where Go returns an error (a bad code, an agent with spaces/quotes/control characters, control
 * characters in the text).
 */
export function newWarningHeader(code: number, agent: string, text: string): string | null {
  if (code < 0 || code > 999) return null;
  if (agent === '') agent = '-';
  else if (/[\\"]/.test(agent) || /[\s\p{Cc}]/u.test(agent)) return null;
  if (/\p{Cc}/u.test(text)) return null;
  let quoted = '"';
  for (const c of text) quoted += c === '"' || c === '\\' ? '\\' + c : c;
  return `${String(code).padStart(3, '0')} ${agent} ${quoted}"`;
}

const runeCount = (s: string) => [...s].length;
const truncateRunes = (s: string, n: number) => [...s].slice(0, n).join('');

/** recorder: deduplicates warnings and writes them as `Warning` headers, truncating past 4k runes in total. */
export class WarningRecorder {
  private readonly recorded = new Set<string>();
  private readonly ordered: { agent: string; text: string }[] = [];
  private written = 0;
  private truncating = false;

  constructor(private readonly header: () => Header) {}

  addWarning(agent: string, text: string): void {
    if (text === '') return;
    // if we've already exceeded our limit and are already truncating, return early
    if (this.written >= truncateAtTotalRunes && this.truncating) return;
    // dedupe if already warned
    if (this.recorded.has(text)) return;
    this.recorded.add(text);
    this.ordered.push({ agent, text });

    // truncate on a rune boundary, if needed
    let textRuneLength = runeCount(text);
    if (this.truncating && textRuneLength > truncateItemRunes) {
      text = truncateRunes(text, truncateItemRunes);
      textRuneLength = truncateItemRunes;
    }
    const header = newWarningHeader(299, agent, text);
    if (header === null) return;

    // if this fits within our limit, or we're already truncating, write and return
    if (this.written + textRuneLength <= truncateAtTotalRunes || this.truncating) {
      this.written += textRuneLength;
      this.header().add('Warning', header);
      return;
    }

    // otherwise, enable truncation, reset, and replay the existing items as truncated warnings
    this.truncating = true;
    this.written = 0;
    this.header().del('Warning');
    for (const w of this.ordered) {
      let t = w.text;
      let n = runeCount(t);
      if (n > truncateItemRunes) {
        t = truncateRunes(t, truncateItemRunes);
        n = truncateItemRunes;
      }
      const h = newWarningHeader(299, w.agent, t);
      if (h !== null) {
        this.written += n;
        this.header().add('Warning', h);
      }
    }
  }
}

/**
 * WithWarningRecorder turns the warnings collected in ctx.warnings (request.addWarning) into `Warning: 299 - "…"`
 * headers. Go's recorder adds each header as the warning is recorded; here pending warnings are drained into the
 * headers when the handler starts its response (or returns without one), which is when Go's headers go out.
 */
export function withWarningRecorder(handler: Handler): Handler {
  return async (w: ResponseWriter, req: Request) => {
    const recorder = new WarningRecorder(() => w.header());
    let seen = req.ctx.warnings?.length ?? 0;
    let started = false;
    // headers added once the response has started are not sent (Go: the header map is already written)
    const drain = () => {
      if (started) return;
      const warnings = req.ctx.warnings ?? [];
      for (; seen < warnings.length; seen++) recorder.addWarning('', warnings[seen]!);
    };
    const start = () => {
      drain();
      started = true;
    };
    const ww: ResponseWriter = {
      get closed() {
        return w.closed;
      },
      header: () => w.header(),
      writeHeader(code) {
        start();
        w.writeHeader(code);
      },
      write(chunk) {
        start();
        w.write(chunk);
      },
      flush() {
        start();
        w.flush();
      },
    };
    await handler(ww, req);
    drain(); // a handler that wrote nothing: net/http writes the headers after it returns
  };
}
