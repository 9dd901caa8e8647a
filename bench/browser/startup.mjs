// Startup: cold load of the production build to "home screen interactive" (performance mark set when the first
// screen has rendered and its language buttons respond), against the floor: a minimal static page from the same
// server, loaded the same way, marking itself the same way. Median of several cold loads (new context each time).

import { median, newPage } from './session.mjs';

async function coldLoad(browser, url) {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, undefined, { timeout: 30_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('app-interactive')[0].startTime);
  await context.close();
  return ms;
}

export async function benchStartup(browser, { appUrl, floorUrl, runs = 7 }) {
  const app = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await coldLoad(browser, floorUrl));
    app.push(await coldLoad(browser, appUrl));
  }
  const appMs = median(app);
  const floorMs = median(floor);
  return { homeInteractiveMs: appMs, floorMs, ratioToFloor: appMs / floorMs, runs };
}
