// The example game's accessible controls: one real button with its shortcut and the advice line, from the kit's
// panel parts. The panel owns its shortcuts, so the mount only hands the key presses on.

import type { KeyPress } from '../keyboard';
import { adviceLine, buttonLabel, element, keyBadge, panelButton, setDisabled, setText } from '../panelDom';
import type { Translate } from '../../sdk/types';

export const FEED_KEY = 'F';

export class ExamplePanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly feedButton: HTMLButtonElement;
  private readonly abort = new AbortController();

  constructor(
    private readonly t: Translate,
    private readonly onFeed: () => void,
  ) {
    this.element = element('section', 'example-panel');
    this.advice = adviceLine('example-advice');
    this.feedButton = panelButton('example-feed', this.abort.signal, onFeed);
    this.feedButton.append(buttonLabel(''), keyBadge(FEED_KEY));
    this.feedButton.setAttribute('aria-keyshortcuts', FEED_KEY);
    this.element.append(this.advice, this.feedButton);
    this.relabel();
  }

  relabel(): void {
    this.element.setAttribute('aria-label', this.t('controls.panel'));
    setText(this.feedButton.querySelector<HTMLElement>('.kit-button-label') ?? undefined, this.t('controls.feed'));
  }

  update(canFeed: boolean, advice: string): void {
    setDisabled(this.feedButton, !canFeed);
    setText(this.advice, advice);
  }

  handleShortcut({ key }: KeyPress): boolean {
    if (key !== FEED_KEY) return false;
    this.onFeed();
    return true;
  }

  destroy(): void {
    this.abort.abort();
    this.element.remove();
  }
}
