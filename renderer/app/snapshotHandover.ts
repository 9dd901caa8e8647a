// What React keeps of the home's snapshot (renderer/app/quickHome.ts) when it takes over: the language the
// visitor chose on it, and the events of those choices, recorded as the settings sheet and the language buttons record
// them once React draws them (renderer/app/settingsEvents.ts).

import { switchLanguage } from '../i18n/i18n';
import type { SnapshotSettingsChange } from './quickHome';
import { settingsChangeEvents } from './settingsEvents';
import type { AppServices } from './services';

export async function keepSnapshotChanges(services: Pick<AppServices, 'i18n' | 'settings' | 'telemetry'>, changes: readonly SnapshotSettingsChange[]): Promise<void> {
  for (const change of changes) {
    for (const event of settingsChangeEvents(change.before, change.after)) services.telemetry.record(event);
  }
  const last = changes.at(-1)?.after;
  // boot() read the settings the snapshot had saved until then; a choice made after that is applied here.
  if (last === undefined || last.language === services.settings.get().language) return;
  await switchLanguage(services.i18n, last.language);
  services.settings.set({ ...services.settings.get(), language: last.language });
}
