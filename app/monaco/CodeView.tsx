// A Monaco editor for one text: read-only with a highlighted line range (the step's Go excerpt), or editable
// (the playground's YAML). Default export, for React.lazy.
import { useEffect, useRef } from 'react';
import { monaco } from './monaco';

export interface CodeViewProps {
  value: string;
  language: 'go' | 'yaml';
  /** 1-based inclusive line range to highlight and scroll to */
  highlight?: readonly [number, number] | null;
  readOnly?: boolean;
  onChange?: (value: string) => void;
  ariaLabel: string;
  /**
   * Editable views own their text once created (pushing each keystroke back through props would race the
   * typist); a change of resetKey replaces the text with `value` (e.g. an example was chosen).
   */
  resetKey?: unknown;
}

export default function CodeView({
  value,
  language,
  highlight,
  readOnly = true,
  onChange,
  ariaLabel,
  resetKey,
}: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const onChangeRef = useRef(onChange);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const ed = monaco.editor.create(host.current!, {
      value,
      language,
      readOnly,
      ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      lineNumbersMinChars: 3,
      renderLineHighlight: readOnly ? 'none' : 'line',
      tabSize: 2,
      insertSpaces: true,
      wordWrap: 'off',
    });
    editor.current = ed;
    decorations.current = ed.createDecorationsCollection();
    const sub = ed.onDidChangeModelContent(() => onChangeRef.current?.(ed.getValue()));
    return () => {
      sub.dispose();
      ed.getModel()?.dispose();
      ed.dispose();
      editor.current = null;
    };
    // Created once; the effects below follow the props.
  }, []);

  const appliedReset = useRef(resetKey);
  useEffect(() => {
    const ed = editor.current;
    if (!ed) return;
    const reset = appliedReset.current !== resetKey;
    appliedReset.current = resetKey;
    if ((readOnly || reset) && ed.getValue() !== value) ed.setValue(value);
  }, [value, readOnly, resetKey]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
  }, [language]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  const from = highlight?.[0];
  const to = highlight?.[1];
  useEffect(() => {
    const ed = editor.current;
    if (!ed || !decorations.current) return;
    if (from === undefined || to === undefined) {
      decorations.current.clear();
      return;
    }
    decorations.current.set([
      {
        range: new monaco.Range(from, 1, to, 1),
        options: {
          isWholeLine: true,
          className: 'kw-line-highlight',
          linesDecorationsClassName: 'kw-line-gutter',
        },
      },
    ]);
    ed.revealLinesInCenterIfOutsideViewport(from, to);
  }, [from, to, value]);

  return <div ref={host} className="code-view" />;
}
