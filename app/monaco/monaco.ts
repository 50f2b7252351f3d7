// Monaco, bundled (no CDN): the core editor API, the Go and YAML tokenizers, and the editor worker. Imported
// only by CodeView, which is loaded with React.lazy, so the first screen never pays for it.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
