import { RequestConsole } from './RequestConsole';

/** The shell: a request console against the in-browser apiserver until the lesson player arrives. */
export function App() {
  return (
    <div className="shell">
      <header className="shell-header">
        <h1>Kubewalk</h1>
        <p>A kube-apiserver v1.34.0 running in your browser. Send it a request and read the real answer.</p>
      </header>
      <main>
        <RequestConsole />
      </main>
    </div>
  );
}
