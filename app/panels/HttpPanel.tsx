// The request as sent and the response as the server answered it.
import type { HTTPRequest, HTTPResponse } from '../../engine';
import { t } from '../i18n';
import type { StepPanelProps } from './types';

const headerText = (h: Record<string, string> | undefined) =>
  Object.entries(h ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function Message({ head, headers, body }: { head: string; headers?: Record<string, string>; body?: string }) {
  const h = headerText(headers);
  return (
    <pre>
      <strong>{head}</strong>
      {h && `\n${h}`}
      {`\n\n${body ? pretty(body) : t('http.noBody')}`}
    </pre>
  );
}

export function HttpPanel({ timeline, entry }: Omit<StepPanelProps, 'show'>) {
  const { run } = timeline.runs[entry.request]!;
  const req: HTTPRequest = run.request;
  const res: HTTPResponse = run.response;
  return (
    <div className="http-inspector">
      <div>
        <h3 className="small-heading">{t('http.request')}</h3>
        <Message head={`${req.method} ${req.path}`} headers={req.headers} body={req.body} />
      </div>
      <div>
        <h3 className="small-heading">
          {t('http.response')} <span className="muted">({t('http.responseLater')})</span>
        </h3>
        <Message head={`HTTP ${res.status}`} headers={res.headers} body={res.body} />
      </div>
    </div>
  );
}
