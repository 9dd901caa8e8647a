// The shell fonts' cut: which characters it keeps (the locale files and the app's code, never the dashboard's texts
// or the tests), how they are written as a unicode-range, and the cut file and @font-face rule it produces.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cutShellFonts, SHELL_FONTS, textCodePoints, unicodeRange } from './shellFonts';

const root = mkdtempSync(path.join(tmpdir(), 'shell-fonts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

write('locales/fr/common.json', '{"a":"Réglages — « oui »"}');
write('locales/de/common.json', '{"b":"Größe"}');
write('locales/fr/dashboard.json', '{"c":"Ω"}');
write('renderer/careers/data/roles.ts', "export const x = 'Technicienne qualité · ½';");
write('renderer/careers/data/roles.test.ts', "const y = 'Ж';");
const sources = { localesDir: path.join(root, 'locales'), codeDirs: [path.join(root, 'renderer')] };

describe('textCodePoints', () => {
  it("keeps printable ASCII and every character of the locale files and the app's code", () => {
    const points = new Set(textCodePoints(sources));
    for (const character of 'Az09 ~é—«»öß·½') expect(points.has(character.codePointAt(0)!), character).toBe(true);
    expect(points.has(0xa0)).toBe(true);
  });

  it("leaves out the dashboard's texts, the tests and control characters", () => {
    const points = new Set(textCodePoints(sources));
    expect(points.has('Ω'.codePointAt(0)!)).toBe(false);
    expect(points.has('Ж'.codePointAt(0)!)).toBe(false);
    expect(points.has(0x0a)).toBe(false);
  });
});

describe('unicodeRange', () => {
  it('joins neighbours into ranges and writes single points alone', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0x41, 0xe9, 0xea, 0x2014])).toBe('U+20-22,U+41,U+E9-EA,U+2014');
  });
});

describe('cutShellFonts', () => {
  it('cuts a font to a smaller file and declares it for exactly those characters', async () => {
    const atkinson = SHELL_FONTS.filter((font) => font.weight === '400' && font.family === 'Atkinson Hyperlegible');
    const { files, css } = await cutShellFonts(sources, atkinson);
    const cut = files.get('atkinson-hyperlegible-400-shell.woff2');
    expect(cut).toBeDefined();
    expect(cut!.length).toBeGreaterThan(1000);
    expect(cut!.length).toBeLessThan(12_000);
    expect(css).toContain("font-family: 'Atkinson Hyperlegible';");
    expect(css).toContain('src: url(./atkinson-hyperlegible-400-shell.woff2)');
    expect(css).toContain(`unicode-range: ${unicodeRange(textCodePoints(sources))};`);
  });
});
