// Turns a change of visitor settings into engagement events: language-changed, and settings-changed with the new
// value from a fixed list. Pure, so what gets recorded is easy to test.

import type { TrackedPayload } from '../telemetry/telemetry';
import type { VisitorSettings } from '../settings/visitorSettings';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';

export function settingsChangeEvents(before: VisitorSettings, after: VisitorSettings): TrackedPayload[] {
  const events: TrackedPayload[] = [];
  if (before.language !== after.language && before.language !== PSEUDO_LOCALE && after.language !== PSEUDO_LOCALE) {
    events.push({ type: 'language-changed', from: before.language, to: after.language });
    events.push({ type: 'settings-changed', setting: 'language', value: after.language });
  }
  if (before.textSize !== after.textSize) events.push({ type: 'settings-changed', setting: 'textSize', value: after.textSize });
  if (before.reducedMotion !== after.reducedMotion) {
    events.push({ type: 'settings-changed', setting: 'reducedMotion', value: after.reducedMotion ? 'on' : 'off' });
  }
  if (before.sound !== after.sound) events.push({ type: 'settings-changed', setting: 'sound', value: after.sound ? 'on' : 'off' });
  return events;
}
