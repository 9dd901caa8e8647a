// What the live region last said, kept as a function: when the visitor switches language mid-run, the same news is
// said again in the new language instead of staying in the old one until something happens.

export class Announcer {
  private last: (() => string) | null = null;

  constructor(private readonly announce: (text: string) => void) {}

  say(make: () => string): void {
    this.last = make;
    this.announce(make());
  }

  /** Says the last announcement again (after a language switch). */
  repeat(): void {
    if (this.last) this.announce(this.last());
  }
}
