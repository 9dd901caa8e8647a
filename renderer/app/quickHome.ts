// The home before React: on a browser's first screen, when the visit is one the build drew the home for (see
// homeSnapshot.tsx), the page shows that drawing as soon as its config is read, and its language buttons answer at
// once, while React and the app's code load behind it. React then takes the page over (renderer/app/start.tsx); the
// language chosen meanwhile is kept, and its events are recorded then. Any other visit (the kiosk, a lesson link, a
// class language lock, a hub's content pack, another mode) starts as before, with React drawing the first screen.

import { BRIDGE_GLOBAL } from '../../common/host/bridge';
import { isLanguage, type Language } from '../../common/i18n/languages';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import { readQueryParameters } from './queryParameters';
import { activeLesson } from '../classroom/activeLesson';
import { languageLock } from '../classroom/languageLock';
import { firstWebConfigLoad } from '../host/webHost';
import { applyDocumentLanguage } from '../i18n/documentLanguage';
import { HOME, parseLocation, type AppLocation } from '../navigation/routes';
import { applySettingsToDocument, startVisitorSettings } from '../settings/startSettings';
import { writeVisitorSettings, type VisitorSettings } from '../settings/visitorSettings';
import { reportFirstScreenCommitted } from './firstScreen';
import { SNAPSHOT_CONFIG_ID, SNAPSHOT_TEMPLATE_ATTRIBUTE, snapshotFits, type DrawnFrom } from './snapshotMarkup';

/** A change of settings the visitor made on the snapshot, for React to keep and the log to record. */
export interface SnapshotSettingsChange {
  readonly before: VisitorSettings;
  readonly after: VisitorSettings;
}

/** What React takes over from the snapshot. */
export interface QuickHomeHandover {
  readonly changes: readonly SnapshotSettingsChange[];
  /** Where the visitor asked to go on it (a card, the settings sheet), for React to go once it has adopted the home. */
  readonly asked: AppLocation | null;
}

interface Shown {
  readonly changes: SnapshotSettingsChange[];
  readonly asked: { location: AppLocation | null };
  readonly detach: () => void;
}

let shown: Shown | null = null;

/**
 * On <html> while the first screen is the build's drawing, until React has adopted it: a page's own state, which the
 * end-to-end tests wait on before they use what only React answers (tests/e2e/support/app.ts, openApp).
 */
const SNAPSHOT_SHOWN = 'firstScreen';

function drawnFromPage(): DrawnFrom | null {
  const element = document.getElementById(SNAPSHOT_CONFIG_ID);
  if (element === null || element.textContent === null) return null;
  try {
    return JSON.parse(element.textContent) as DrawnFrom;
  } catch {
    return null;
  }
}

function snapshotFor(language: Language): HTMLTemplateElement | null {
  return document.querySelector<HTMLTemplateElement>(`template[${SNAPSHOT_TEMPLATE_ATTRIBUTE}="${language}"]`);
}

function onHome(): boolean {
  const location = parseLocation(window.location.hash);
  return location.route.screen === 'home' && location.sheet === null;
}

/** Child positions from `container` down to `element`, or null when it is not inside. */
function pathTo(container: Element, element: Element | null): number[] | null {
  const path: number[] = [];
  let current = element;
  while (current !== null && current !== container) {
    const parent: Element | null = current.parentElement;
    if (parent === null) return null;
    path.unshift([...parent.children].indexOf(current));
    current = parent;
  }
  return current === container ? path : null;
}

/** Focuses the element at `path` under `container` if it can take the focus. */
function focusAt(container: Element, path: readonly number[]): void {
  let current: Element | undefined = container;
  for (const index of path) current = current?.children[index];
  if (current instanceof HTMLElement && current !== container) current.focus();
}

function draw(container: HTMLElement, template: HTMLTemplateElement): void {
  const focused = pathTo(container, document.activeElement);
  container.replaceChildren(template.content.cloneNode(true));
  if (focused !== null) focusAt(container, focused);
}

/**
 * The snapshot's buttons and links, until React takes over: the language buttons and the skip link answer at once; a
 * card or the settings button is kept for React (the address stays the home's, which React adopts, then goes there).
 */
function answerClicks(container: HTMLElement, config: DeviceConfig, first: VisitorSettings, changes: SnapshotSettingsChange[], asked: Shown['asked']): () => void {
  let current = first;
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const language = target?.closest<HTMLButtonElement>('button.language-choice__button')?.lang;
    if (language !== undefined) {
      if (!isLanguage(language) || !config.enabledLanguages.includes(language) || language === current.language) return;
      const template = snapshotFor(language);
      if (template === null) return;
      const after: VisitorSettings = { ...current, language };
      writeVisitorSettings(window.localStorage, after);
      changes.push({ before: current, after });
      current = after;
      applyDocumentLanguage(language);
      draw(container, template);
      return;
    }
    if (target?.closest('.skip-link')) {
      event.preventDefault();
      document.getElementById('main')?.focus();
      return;
    }
    if (target?.closest('.top-bar__settings')) {
      asked.location = { ...HOME, sheet: 'settings' };
      return;
    }
    const link = target?.closest<HTMLAnchorElement>('a[href^="#/"]');
    if (link) {
      event.preventDefault();
      asked.location = parseLocation(link.hash);
    }
  };
  container.addEventListener('click', onClick);
  return () => container.removeEventListener('click', onClick);
}

/** Resolves true once the snapshot is on the page, false when this visit starts with React drawing its first screen. */
export async function showQuickHome(): Promise<boolean> {
  const container = document.getElementById('root');
  const drawn = drawnFromPage();
  if (container === null || drawn === null || (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL]) return false;
  if (!onHome() || languageLock.get() !== null || activeLesson.get() !== null) return false;
  const { config, problems } = await firstWebConfigLoad();
  // Staff are shown a config's problems on screens React draws; the address may have changed while the config loaded.
  if (problems.length > 0 || !snapshotFits(drawn, config) || !onHome() || container.childElementCount > 0) return false;
  let settings: VisitorSettings;
  try {
    const query = readQueryParameters(window.location.search);
    settings = startVisitorSettings(config, {
      storage: window.localStorage,
      locked: null,
      linked: query.locale,
      prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
  } catch {
    // A browser that refuses storage (some private windows) starts as before.
    return false;
  }
  const template = isLanguage(settings.language) ? snapshotFor(settings.language) : null;
  if (template === null) return false;
  applySettingsToDocument(settings, config, false);
  applyDocumentLanguage(settings.language);
  document.documentElement.dataset[SNAPSHOT_SHOWN] = 'snapshot';
  container.replaceChildren(template.content.cloneNode(true));
  const changes: SnapshotSettingsChange[] = [];
  const asked: Shown['asked'] = { location: null };
  shown = { changes, asked, detach: answerClicks(container, config, settings, changes, asked) };
  // The benchmark reads this: the first screen is drawn and its language buttons answer (renderer/app/App.tsx).
  performance.mark('app-interactive');
  // What waits for the first screen's paint (React and the app's code, the engagement log's) starts after this one's.
  reportFirstScreenCommitted();
  return true;
}

/** React has committed its first screen over the snapshot: the page says so (see SNAPSHOT_SHOWN). */
export function snapshotAdopted(): void {
  delete document.documentElement.dataset[SNAPSHOT_SHOWN];
}

/** React takes over: the snapshot stops answering. Null when no snapshot was shown. */
export function handOverQuickHome(): QuickHomeHandover | null {
  const taken = shown;
  shown = null;
  if (taken === null) return null;
  taken.detach();
  return { changes: [...taken.changes], asked: taken.asked.location };
}
