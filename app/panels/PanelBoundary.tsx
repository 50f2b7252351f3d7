// An error boundary per panel: a panel that throws shows its message in place; the rest of the page works on.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n';

interface Props {
  children: ReactNode;
  /** a change of this value clears the error (e.g. the step or the route) */
  resetKey?: unknown;
  /** the message shown for an error (default: "This panel failed: …") */
  describe?: (error: Error) => string;
  /** called before "Try again" re-renders the children (e.g. to drop a cached failure) */
  onReset?: () => void;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error panel-error">
        <p>
          {this.props.describe?.(this.state.error) ??
            t('panel.failed', { message: this.state.error.message })}
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onReset?.();
            this.setState({ error: null });
          }}
        >
          {t('panel.retry')}
        </button>
      </div>
    );
  }
}
