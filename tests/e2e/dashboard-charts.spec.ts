// The dashboard's charts as staff read them on a laptop (1280 px) and a wide screen or projector (1440 px), in all
// four languages: every label and figure of every chart is drawn at 12 px or more as rendered (an SVG's scaling
// counted in), lies whole inside its chart, overflows neither its own box nor touches a neighbouring label. The
// month of days on the overview's time axis is the hard case: short dates, thinned so they never collide.

import { expect, test, type Page } from '@playwright/test';
import { STAFF, startDashboardCollector, type DashboardCollector } from './support/dashboardCollector';

let collector: DashboardCollector;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  collector = await startDashboardCollector();
});
test.afterAll(async () => collector?.stop());

interface LabelBox {
  readonly chart: number;
  readonly text: string;
  readonly fontPx: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly overflows: boolean;
  readonly inside: boolean;
}

/** Every visible text of every chart on the page, with its rendered font size and its box. */
async function chartLabels(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    const boxes: LabelBox[] = [];
    document.querySelectorAll('.chart').forEach((chart, chartIndex) => {
      const frame = chart.getBoundingClientRect();
      const texts = chart.querySelectorAll<HTMLElement | SVGTextElement>('.chart-label, .chart-value, text');
      texts.forEach((element) => {
        const text = element.textContent ?? '';
        if (text.trim() === '') return;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return;
        const svg = element instanceof SVGElement ? element.ownerSVGElement : null;
        // An SVG's user units are scaled to its box: the size seen is the font size times that scale.
        const scale = svg === null ? 1 : Math.abs(svg.getScreenCTM()?.a ?? 1);
        const fontPx = Number.parseFloat(getComputedStyle(element).fontSize) * scale;
        const overflows = element instanceof HTMLElement && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
        const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
        boxes.push({ chart: chartIndex, text, fontPx, left: box.left, right: box.right, top: box.top, bottom: box.bottom, overflows, inside });
      });
    });
    return boxes;
  });
}

function overlapping(labels: readonly LabelBox[]): string[] {
  const found: string[] = [];
  for (const [index, a] of labels.entries()) {
    for (const b of labels.slice(index + 1)) {
      if (a.chart !== b.chart) continue;
      const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      if (!apart) found.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return found;
}

async function signIn(page: Page, language: string): Promise<void> {
  await page.goto(`${collector.url}/?lang=${language}`);
  await page.locator('input[name=name]').fill(STAFF.name);
  await page.locator('input[name=password]').fill(STAFF.password);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('[data-figure=sessions]')).toBeVisible();
  // A whole month by day: 31 columns, the most the time axis has to name.
  await page.locator('input[name=from]').fill('2026-03-01');
  await page.locator('input[name=to]').fill('2026-03-31');
  await page.locator('form.filters button[type=submit]').click();
  await expect(page.locator('[data-table=sessions-over-time] tbody tr')).toHaveCount(31);
}

async function expectLegible(page: Page, where: string, atLeast: number): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  let labels: LabelBox[] = [];
  // The time axis is laid out once the chart knows its width and its font: wait for its labels.
  await expect(async () => {
    labels = await chartLabels(page);
    expect(labels.filter((label) => label.chart === 0).length).toBeGreaterThanOrEqual(4);
  }).toPass();
  expect(labels.length, `${where}: chart labels found`).toBeGreaterThanOrEqual(atLeast);
  expect(labels.filter((label) => label.fontPx < 12).map((label) => `${label.text} ${label.fontPx.toFixed(1)}px`), `${where}: too small`).toEqual([]);
  expect(labels.filter((label) => !label.inside).map((label) => label.text), `${where}: outside its chart`).toEqual([]);
  expect(labels.filter((label) => label.overflows).map((label) => label.text), `${where}: cut`).toEqual([]);
  expect(overlapping(labels), `${where}: overlapping`).toEqual([]);
}

for (const width of [1280, 1440]) {
  for (const language of ['fr', 'nl', 'de', 'en'] as const) {
    test(`charts are legible and whole at ${width} px in ${language}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, language);
      await expectLegible(page, `overview ${language} ${width}`, 40);
      // The day axis names the first of the month in this language's short form, never a cut-off long date.
      const march = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date('2026-03-01T00:00:00Z'));
      await expect(page.locator('[data-table=sessions-over-time] .column-tick').first()).toHaveText(march);
      await page.screenshot({ path: test.info().outputPath(`overview-${language}-${width}.png`), fullPage: true });
      for (const name of ['games', 'careers']) {
        await page.locator(`a[href="#/${name}"]`).click();
        await expect(page.locator('.chart').first()).toBeVisible();
        await expectLegible(page, `${name} ${language} ${width}`, 8);
      }
    });
  }
}
