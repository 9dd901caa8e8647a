// Catches a render error anywhere in the screens: logs it locally, shows a friendly message for a moment (never a
// stack trace), then goes back to the home screen with a fresh tree.

import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import type { ScreenId } from '../../common/ids';
import { logError } from '../telemetry/errorLog';

interface Props {
  readonly screen: ScreenId;
  readonly onReset: () => void;
  readonly children: ReactNode;
}

const BACK_HOME_AFTER_MS = 4_000;

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  private timer: number | undefined;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    logError(window.localStorage, this.props.screen, error);
    console.error('Screen error, back to home:', error);
    this.timer = window.setTimeout(() => this.reset(), BACK_HOME_AFTER_MS);
  }

  override componentWillUnmount(): void {
    window.clearTimeout(this.timer);
  }

  private reset = (): void => {
    window.clearTimeout(this.timer);
    this.props.onReset();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation ns="kiosk">
        {(t) => (
          <div className="error-screen" role="alert">
            <h1 className="screen-title">{t('error.title')}</h1>
            <p>{t('error.text')}</p>
            <button type="button" className="button button--large" onClick={this.reset}>
              {t('error.home')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
