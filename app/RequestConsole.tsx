import { useRef, useState } from 'react';
import type { HTTPResponse, ServerChain } from '../engine';
import { examples, type ExampleRequest } from './examples';
import { usePersistentState } from './usePersistentState';

/** Send one HTTP-shaped request to the in-browser server chain and show exactly what came back. */
export function RequestConsole() {
  // The engine is loaded on first use, so the first screen stays light.
  const server = useRef<Promise<ServerChain> | null>(null);
  const getServer = () =>
    (server.current ??= import('../engine').then((m) => m.createServerChain({ clock: () => new Date() })));
  const [request, setRequest] = usePersistentState<ExampleRequest>('kubewalk.console.request', examples[0]!);
  const [response, setResponse] = useState<HTTPResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const headers: Record<string, string> = {};
      if (request.body) headers['Content-Type'] = request.contentType ?? 'application/json';
      setResponse(
        await (
          await getServer()
        ).handle({
          method: request.method,
          path: request.path,
          headers,
          ...(request.body ? { body: request.body } : {}),
        }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="console" aria-label="Request console">
      <div className="console-examples">
        {examples.map((ex) => (
          <button key={ex.label} type="button" onClick={() => setRequest(ex)}>
            {ex.label}
          </button>
        ))}
      </div>
      <form
        className="console-request"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label>
          Method
          <select
            value={request.method}
            onChange={(e) => setRequest({ ...request, method: e.target.value as ExampleRequest['method'] })}
          >
            {['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          Path
          <input
            value={request.path}
            onChange={(e) => setRequest({ ...request, path: e.target.value })}
            spellCheck={false}
          />
        </label>
        <label>
          Content-Type
          <select
            value={request.contentType ?? 'application/json'}
            onChange={(e) => setRequest({ ...request, contentType: e.target.value })}
          >
            <option>application/json</option>
            <option>application/yaml</option>
            <option>application/merge-patch+json</option>
            <option>application/json-patch+json</option>
            <option>application/strategic-merge-patch+json</option>
          </select>
        </label>
        <label className="body">
          Body
          <textarea
            value={request.body ?? ''}
            onChange={(e) => setRequest({ ...request, body: e.target.value })}
            spellCheck={false}
            rows={12}
          />
        </label>
        <button type="submit" disabled={busy}>
          Send
        </button>
      </form>
      {error && (
        <p role="alert" className="console-error">
          The engine failed: {error}
        </p>
      )}
      {response && (
        <div className="console-response" aria-live="polite">
          <h2>HTTP {response.status}</h2>
          <pre className="headers">
            {Object.entries(response.headers)
              .map(([k, v]) => `${k}: ${v}`)
              .join('\n')}
          </pre>
          <pre className="body">{response.body}</pre>
        </div>
      )}
    </section>
  );
}
