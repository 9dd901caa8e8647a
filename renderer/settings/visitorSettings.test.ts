import { describe, expect, it } from 'vitest';
import { defaultVisitorSettings, readVisitorSettings, VISITOR_SETTINGS_KEY, writeVisitorSettings } from './visitorSettings';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('visitor settings persistence', () => {
  const defaults = defaultVisitorSettings('fr', false);

  it('round-trips what was saved', () => {
    const storage = new MemoryStorage();
    const settings = { language: 'de' as const, textSize: 'larger' as const, reducedMotion: true, sound: false };
    writeVisitorSettings(storage, settings);
    expect(readVisitorSettings(storage, defaults)).toEqual(settings);
  });

  it('falls back to defaults for missing, malformed or invalid data', () => {
    const storage = new MemoryStorage();
    expect(readVisitorSettings(storage, defaults)).toEqual(defaults);
    storage.setItem(VISITOR_SETTINGS_KEY, '{broken');
    expect(readVisitorSettings(storage, defaults)).toEqual(defaults);
    storage.setItem(VISITOR_SETTINGS_KEY, JSON.stringify({ language: 'xx', textSize: 'huge' }));
    expect(readVisitorSettings(storage, defaults)).toEqual(defaults);
  });

  it('keeps valid fields of an older partial record', () => {
    const storage = new MemoryStorage();
    storage.setItem(VISITOR_SETTINGS_KEY, JSON.stringify({ textSize: 'large' }));
    expect(readVisitorSettings(storage, defaults)).toEqual({ ...defaults, textSize: 'large' });
  });
});
