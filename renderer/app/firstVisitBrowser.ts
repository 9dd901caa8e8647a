// What the app's modules find of a browser when the build evaluates them to draw the home's snapshot
// (renderer/app/homeSnapshot.tsx): a first visit's, with nothing stored. Some modules read the page's storage
// when they are loaded (the class language lock, a followed lesson); here they read it empty, as on a first visit.

/** The Web Storage interface over a Map, empty at first. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** Gives Node's global object what those modules read, where it lacks it; returns what was added, to take away. */
export function lendFirstVisitBrowser(): () => void {
  const target = globalThis as Record<string, unknown>;
  const lent: Record<string, unknown> = {
    window: globalThis,
    localStorage: new MemoryStorage(),
    sessionStorage: new MemoryStorage(),
  };
  const added = Object.keys(lent).filter((key) => !(key in target));
  for (const key of added) target[key] = lent[key];
  return () => {
    for (const key of added) delete target[key];
  };
}
