import { describe, expect, it } from 'vitest';
import { eventPayloadSchema } from '../../common/events';
import { defaultVisitorSettings } from '../settings/visitorSettings';
import { settingsChangeEvents } from './settingsEvents';

describe('settingsChangeEvents', () => {
  const before = defaultVisitorSettings('fr', false);

  it('records nothing when nothing changed', () => {
    expect(settingsChangeEvents(before, { ...before })).toEqual([]);
  });

  it('records a language switch as language-changed plus settings-changed', () => {
    expect(settingsChangeEvents(before, { ...before, language: 'nl' })).toEqual([
      { type: 'language-changed', from: 'fr', to: 'nl' },
      { type: 'settings-changed', setting: 'language', value: 'nl' },
    ]);
  });

  it('records each other setting with a value from the fixed list, and every event is valid', () => {
    const events = settingsChangeEvents(before, { ...before, textSize: 'larger', reducedMotion: true, sound: false });
    expect(events).toEqual([
      { type: 'settings-changed', setting: 'textSize', value: 'larger' },
      { type: 'settings-changed', setting: 'reducedMotion', value: 'on' },
      { type: 'settings-changed', setting: 'sound', value: 'off' },
    ]);
    for (const event of events) expect(eventPayloadSchema.safeParse(event).success).toBe(true);
  });

  it('never records the pseudo-locale (a test tool, not a visitor choice)', () => {
    expect(settingsChangeEvents(before, { ...before, language: 'pseudo' })).toEqual([]);
  });
});
