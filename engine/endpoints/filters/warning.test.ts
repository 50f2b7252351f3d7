import { describe, expect, it } from 'vitest';
import { addWarning } from '../request/context';
import { Header, RecordingResponseWriter, type Request } from '../../server/http';
import {
  WarningRecorder,
  newWarningHeader,
  truncateAtTotalRunes,
  truncateItemRunes,
  withWarningRecorder,
} from './warning';

function req(): Request {
  return {
    method: 'GET',
    path: '/',
    query: new URLSearchParams(),
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '' },
  };
}

describe('newWarningHeader', () => {
  it.each([
    [299, '', 'mytext', '299 - "mytext"'],
    [299, 'myagent', 'mytext', '299 myagent "mytext"'],
    [299, '', 'with "quotes" and \\backslash', '299 - "with \\"quotes\\" and \\\\backslash"'],
    [299, '', 'Iñtërnâtiônàlizætiøn', '299 - "Iñtërnâtiônàlizætiøn"'],
    [1, '', 'x', '001 - "x"'],
    [1000, '', 'x', null],
    [299, 'my agent', 'x', null],
    [299, 'my"agent', 'x', null],
    [299, '', 'my\ntext', null],
  ])('%d %j %j', (code, agent, text, header) => expect(newWarningHeader(code, agent, text)).toBe(header));
});

describe('WarningRecorder', () => {
  it('dedupes, skips empty and invalid texts, keeps order', () => {
    const h = new Header();
    const r = new WarningRecorder(() => h);
    for (const t of ['a', 'b', 'a', '', 'bad\u0007', 'c']) r.addWarning('', t);
    expect(h.getAll('Warning')).toEqual(['299 - "a"', '299 - "b"', '299 - "c"']);
  });

  it('truncates every message to 256 runes once 4k runes are exceeded', () => {
    const h = new Header();
    const r = new WarningRecorder(() => h);
    const long = (c: string) => c.repeat(1000);
    for (const c of ['a', 'b', 'c', 'd']) r.addWarning('', long(c));
    expect(h.getAll('Warning').map((x) => x.length)).toEqual([1008, 1008, 1008, 1008]);
    r.addWarning('', long('e')); // 5000 runes: truncation kicks in and replays everything
    const headers = h.getAll('Warning');
    expect(headers).toHaveLength(5);
    expect(headers.every((x) => x === `299 - "${x[7]!.repeat(truncateItemRunes)}"`)).toBe(true);
    // 16 more fit (5 × 256 + 11 × 256 = 4096), then nothing
    for (let i = 0; i < 20; i++) r.addWarning('', long(String.fromCharCode(0x66 + i)));
    expect(h.getAll('Warning')).toHaveLength(truncateAtTotalRunes / truncateItemRunes);
  });
});

describe('withWarningRecorder', () => {
  it('turns ctx warnings into Warning headers when the response starts', async () => {
    const w = new RecordingResponseWriter();
    const h = withWarningRecorder(async (rw, r) => {
      addWarning(r.ctx, 'spec.foo is deprecated');
      addWarning(r.ctx, 'spec.foo is deprecated');
      addWarning(r.ctx, 'metadata.name "x" is odd');
      rw.writeHeader(201);
      addWarning(r.ctx, 'too late');
    });
    await h(w, req());
    expect(w.status).toBe(201);
    expect(w.header().getAll('Warning')).toEqual([
      '299 - "spec.foo is deprecated"',
      '299 - "metadata.name \\"x\\" is odd"',
    ]);
  });

  it('still sends warnings of a handler that writes nothing', async () => {
    const w = new RecordingResponseWriter();
    await withWarningRecorder(async (_rw, r) => addWarning(r.ctx, 'x'))(w, req());
    expect(w.header().getAll('Warning')).toEqual(['299 - "x"']);
  });
});
