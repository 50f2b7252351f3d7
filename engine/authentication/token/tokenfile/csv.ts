// Go twin: encoding/csv (Reader.Read, readLine, readRecord, ParseError) with NewReader's defaults: comma ',',
// no comment character, strict quotes, leading spaces kept. The token file is read through it, so a badly
// quoted line fails with Go's own message, e.g. `parse error on line 2, column 5: bare " in non-quoted-field`.

export const errBareQuote = 'bare " in non-quoted-field';
export const errQuote = 'extraneous or missing " in quoted-field';

/** csv.ParseError; columns are 1-based byte offsets, as in Go. */
export class CSVParseError extends Error {
  constructor(
    readonly startLine: number,
    readonly line: number,
    readonly column: number,
    readonly err: string,
  ) {
    super(
      startLine !== line
        ? `record on line ${startLine}; parse error on line ${line}, column ${column}: ${err}`
        : `parse error on line ${line}, column ${column}: ${err}`,
    );
    this.name = 'CSVParseError';
  }
}

/** The records of a CSV text, one at a time (FieldsPerRecord = -1: any number of fields). */
export function* csvRecords(input: string): Generator<string[], void, void> {
  const reader = new LineReader(input);
  for (;;) {
    const record = readRecord(reader);
    if (record === null) return;
    yield record;
  }
}

class LineReader {
  numLine = 0;
  private offset = 0;
  constructor(private readonly input: string) {}

  /** readLine: the next line with its `\n` (CRLF normalised), or null at the end of the input. */
  readLine(): string | null {
    if (this.offset >= this.input.length) {
      this.numLine++; // Go counts the line even when the read hits EOF
      return null;
    }
    const nl = this.input.indexOf('\n', this.offset);
    let line: string;
    if (nl === -1) {
      line = this.input.slice(this.offset);
      this.offset = this.input.length;
      // For backwards compatibility, drop trailing \r before EOF.
      if (line.endsWith('\r')) line = line.slice(0, -1);
    } else {
      line = this.input.slice(this.offset, nl + 1);
      this.offset = nl + 1;
    }
    this.numLine++;
    if (line.endsWith('\r\n')) line = line.slice(0, -2) + '\n';
    return line;
  }
}

const lengthNL = (s: string) => (s.endsWith('\n') ? 1 : 0);
const utf8Len = (s: string) => new TextEncoder().encode(s).length;

function readRecord(r: LineReader): string[] | null {
  // Read a line, skipping empty ones.
  let line: string | null;
  for (;;) {
    line = r.readLine();
    if (line === null) return null;
    if (line.length === lengthNL(line)) continue;
    break;
  }

  const recLine = r.numLine;
  const fields: string[] = [];
  const pos = { line: r.numLine, col: 1 };
  for (;;) {
    if (line.length === 0 || line[0] !== '"') {
      // Non-quoted field
      const i = line.indexOf(',');
      const field = i >= 0 ? line.slice(0, i) : line.slice(0, line.length - lengthNL(line));
      const j = field.indexOf('"');
      if (j >= 0)
        throw new CSVParseError(recLine, r.numLine, pos.col + utf8Len(field.slice(0, j)), errBareQuote);
      fields.push(field);
      if (i < 0) return fields;
      pos.col += utf8Len(line.slice(0, i)) + 1;
      line = line.slice(i + 1);
      continue;
    }

    // Quoted field
    line = line.slice(1);
    pos.col += 1;
    let value = '';
    for (;;) {
      const i = line.indexOf('"');
      if (i >= 0) {
        value += line.slice(0, i);
        pos.col += utf8Len(line.slice(0, i)) + 1;
        line = line.slice(i + 1);
        if (line.startsWith('"')) {
          // `""`: an escaped quote
          value += '"';
          line = line.slice(1);
          pos.col += 1;
        } else if (line.startsWith(',')) {
          // `",`: end of field
          line = line.slice(1);
          pos.col += 1;
          fields.push(value);
          break;
        } else if (lengthNL(line) === line.length) {
          // `"\n`: end of line
          fields.push(value);
          return fields;
        } else {
          throw new CSVParseError(recLine, r.numLine, pos.col - 1, errQuote);
        }
      } else if (line.length > 0) {
        // The field goes on past the end of this line.
        value += line;
        pos.col += utf8Len(line);
        const next = r.readLine();
        line = next ?? '';
        if (line.length > 0) {
          pos.line++;
          pos.col = 1;
        }
      } else {
        // Abrupt end of file inside quotes
        throw new CSVParseError(recLine, pos.line, pos.col, errQuote);
      }
    }
  }
}
