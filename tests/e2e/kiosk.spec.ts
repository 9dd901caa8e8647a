// Kiosk operations on the web host: attract loop, idle countdown and reset, staff gesture + PIN with lockout,
// admin settings that persist and take effect, the first-run wizard, and axe on each of those screens.
// The staff screens, the wizard and the real idle timings run on the shipped build (page.clock moves its time on);
// the specs that read the engagement log, shorten the timings or shrink the log's cap use the test build
// (tests/README.md).

import { expect, test } from '@playwright/test';
import { TEST_BUILD } from './support/builds';
import { deviceConfigSchema } from '../../common/config/deviceConfig';
import { expectNoAxeViolations, openApp, waitForEngagementLog, watchConsole } from './support/app';
import { enterPin, kioskConfig, pressStaffShortcut, startVisit, tapStaffCorner, TEST_PIN, useDeviceConfig, WEB_CONFIG_OVERRIDE_KEY } from './support/kiosk';

const FAST_IDLE = 'testHooks=1&idleSeconds=6&countdownSeconds=3';

test.describe('with the engagement log and short timings (test build)', () => {
  test.use(TEST_BUILD);

  test('the attract loop shows until the first touch, then the home screen', async ({ page }) => {
    const errors = watchConsole(page);
    await useDeviceConfig(page, kioskConfig());
    await openApp(page, { extraQuery: 'testHooks=1' });
    await waitForEngagementLog(page);
    const attract = page.getByTestId('attract');
    await expect(attract).toBeVisible();
    await expect(attract).toContainText(/Touche l'écran pour commencer|Raak het scherm aan|Tippe auf den Bildschirm|Touch the screen/);
    await expectNoAxeViolations(page, 'attract loop');
    expect(await page.evaluate(() => (window as unknown as { __biotechTest: { telemetry: { sessionId: string | null } } }).__biotechTest.telemetry.sessionId)).toBeNull();
    await attract.click({ position: { x: 400, y: 400 } });
    await expect(attract).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __biotechTest: { telemetry: { sessionId: string | null } } }).__biotechTest.telemetry.sessionId)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  test('the "still there?" countdown appears after the idle time and a touch cancels it', async ({ page }) => {
    await useDeviceConfig(page, kioskConfig());
    await openApp(page, { extraQuery: 'testHooks=1&idleSeconds=2&countdownSeconds=20' });
    await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
    const dialog = page.getByRole('dialog', { name: 'Tu es toujours là ?' });
    await expect(dialog).toBeVisible({ timeout: 8_000 });
    await expect(dialog.getByRole('timer')).toContainText(/secondes?/);
    await expectNoAxeViolations(page, 'idle countdown');
    await page.mouse.click(700, 300);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('attract')).toBeHidden();
  });

  test('an idle reset leaves no trace of the previous visitor', async ({ page }) => {
    await useDeviceConfig(page, kioskConfig());
    await openApp(page, { extraQuery: FAST_IDLE });
    await waitForEngagementLog(page);
    await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
    const telemetry = () =>
      page.evaluate(() => (window as unknown as { __biotechTest: { telemetry: { sessionId: string | null } } }).__biotechTest.telemetry.sessionId);
    const firstSession = await telemetry();

    // The visitor changes language and text size and browses careers with filters.
    await page.locator('main').getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.evaluate(() => {
      window.location.hash = '#/careers?pillar=2&soon=1&sheet=settings';
    });
    await page.getByRole('dialog', { name: 'Einstellungen' }).getByRole('radio', { name: 'Sehr groß' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');

    // Then walks away: countdown, reset, attract loop.
    await expect(page.getByRole('dialog', { name: 'Bist du noch da?' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('attract')).toBeVisible({ timeout: 10_000 });
    expect(await telemetry()).toBeNull();

    // The next visitor starts clean: French, standard text, home screen, no filters, no saved settings, new session.
    await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joue, explore et trouve ton métier dans la biotech');
    expect(await page.evaluate(() => localStorage.getItem('biotech.visitorSettings.v1'))).toBeNull();
    const secondSession = await telemetry();
    expect(secondSession).not.toBeNull();
    expect(secondSession).not.toBe(firstSession);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Einstellungen|Sehr groß|Deutsch lernen/);
  });

  test('a full event log shows staff the "not recorded" warning and keeps what was recorded', async ({ page }) => {
    await useDeviceConfig(page, kioskConfig());
    await openApp(page, { extraQuery: 'testHooks=1&pendingCap=20&idleSeconds=600' });
    await waitForEngagementLog(page);
    await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
    const outcome = await page.evaluate(async () => {
      type Log = { track(p: unknown): Promise<{ eventId: string }>; flush(): Promise<void> };
      const log = (window as unknown as { __biotechTest: { telemetry: Log } }).__biotechTest.telemetry;
      await log.flush();
      const results: string[] = [];
      for (let i = 0; i < 40; i++) {
        try {
          await log.track({ type: 'career-viewed', roleId: 'qa-officer' });
          results.push('ok');
        } catch (error) {
          results.push((error as { reason?: string }).reason ?? 'error');
        }
      }
      return results;
    });
    const refused = outcome.filter((r) => r === 'cap-reached').length;
    expect(refused).toBeGreaterThan(0);
    expect(outcome.filter((r) => r !== 'ok' && r !== 'cap-reached')).toEqual([]);

    await pressStaffShortcut(page);
    await enterPin(page, TEST_PIN);
    const panel = page.getByRole('dialog', { name: 'Espace équipe' });
    await expect(panel.getByRole('alert').filter({ hasText: 'n\'ont pas pu être enregistrés' })).toContainText(String(refused));
    // Everything recorded before the cap is still there, waiting to be sent.
    await expect(panel.getByTestId('figure-En attente d\'envoi')).toHaveText('20');
    await expectNoAxeViolations(page, 'admin panel with warning');
  });
});

test('the staff gesture and PIN open the admin panel; wrong PINs lock it, and the lock survives a reload', async ({ page }) => {
  await useDeviceConfig(page, kioskConfig());
  await openApp(page);
  await tapStaffCorner(page);
  const pad = page.getByRole('dialog', { name: 'Espace équipe' });
  await expect(pad).toBeVisible();
  await expectNoAxeViolations(page, 'PIN pad');

  await enterPin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Espace équipe' });
  await expect(panel.getByRole('heading', { name: 'Cet appareil', exact: true })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Statistiques de cet appareil' })).toBeVisible();
  await expectNoAxeViolations(page, 'admin panel');
  await panel.getByRole('button', { name: 'Fermer et revenir à l\'accueil' }).click();

  await tapStaffCorner(page);
  for (let i = 0; i < 5; i++) {
    await enterPin(page, '1111');
    await expect(pad.getByRole('status')).toContainText(/Code incorrect|bloqué/);
  }
  await expect(pad.getByRole('status')).toContainText('bloqué');
  await expect(pad.getByRole('button', { name: 'Chiffre 1' })).toBeDisabled();

  await page.reload();
  await expect(page.getByTestId('attract')).toBeVisible();
  await tapStaffCorner(page);
  await expect(page.getByRole('dialog', { name: 'Espace équipe' }).getByRole('status')).toContainText('bloqué');
  await expect(page.getByRole('button', { name: 'Chiffre 2' })).toBeDisabled();
});

test('removing the lock from localStorage does not lift it: the copy in IndexedDB keeps it, and puts the key back', async ({ page }) => {
  await useDeviceConfig(page, kioskConfig());
  await openApp(page);
  await tapStaffCorner(page);
  const pad = page.getByRole('dialog', { name: 'Espace équipe' });
  for (let i = 0; i < 5; i++) {
    await enterPin(page, '1111');
    await expect(pad.getByRole('status')).toContainText(/Code incorrect|bloqué/);
  }
  await expect(pad.getByRole('status')).toContainText('bloqué');

  await page.evaluate(() => localStorage.removeItem('biotech.adminLock.v1'));
  await page.reload();
  await expect(page.getByTestId('attract')).toBeVisible();
  await tapStaffCorner(page);
  await expect(page.getByRole('dialog', { name: 'Espace équipe' }).getByRole('status')).toContainText('bloqué');
  await expect(page.getByRole('button', { name: 'Chiffre 2' })).toBeDisabled();
  await expect.poll(async () => page.evaluate(() => localStorage.getItem('biotech.adminLock.v1'))).not.toBeNull();
});

test('after a lock has run out, one more wrong PIN locks the staff area again, for longer', async ({ page }) => {
  await useDeviceConfig(page, kioskConfig());
  // Five wrong PINs earlier; their five-minute lock ended a minute ago.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('lock-seeded')) {
      localStorage.setItem('biotech.adminLock.v1', JSON.stringify({ failures: 5, lockedUntil: Date.now() - 60_000 }));
      sessionStorage.setItem('lock-seeded', '1');
    }
  });
  await openApp(page, { extraQuery: 'testHooks=1' });
  await tapStaffCorner(page);
  const pad = page.getByRole('dialog', { name: 'Espace équipe' });
  await enterPin(page, '1111');
  await expect(pad.getByRole('status')).toContainText('bloqué');
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('biotech.adminLock.v1'))) ?? '{}') as { failures: number; lockedUntil: number };
  expect(stored.failures).toBe(6);
  // Ten minutes now, twice the first lock (a little less, for the time the check itself took).
  expect(stored.lockedUntil - Date.now()).toBeGreaterThan(9 * 60_000);
});

test('settings changed in the admin panel persist and take effect', async ({ page }) => {
  await useDeviceConfig(page, kioskConfig());
  await openApp(page);
  await pressStaffShortcut(page);
  await enterPin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Espace équipe' });
  await panel.getByRole('checkbox', { name: 'Deutsch' }).uncheck();
  await panel.getByRole('radio', { name: 'Nederlands' }).check();
  await panel.getByRole('textbox', { name: 'Nom du lieu' }).fill('Salon SIEP Mons');
  await panel.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Réglages enregistrés.' })).toBeVisible();

  const stored = deviceConfigSchema.parse(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), WEB_CONFIG_OVERRIDE_KEY)) ?? '{}'));
  expect(stored.enabledLanguages).toEqual(['fr', 'nl', 'en']);
  expect(stored.defaultLanguage).toBe('nl');
  expect(stored.siteLabel).toBe('Salon SIEP Mons');

  await page.reload();
  await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const languages = page.locator('main').getByRole('group', { name: 'Kies je taal' });
  await expect(languages.getByRole('button')).toHaveText(['Français', 'Nederlands', 'English']);
});

test('the first-run wizard writes a valid config with a hashed PIN', async ({ page }) => {
  const errors = watchConsole(page);
  await useDeviceConfig(page, kioskConfig({ adminPin: null, siteLabel: 'Biotech Hub' }));
  await openApp(page);
  const wizard = page.getByRole('region', { name: 'Installer cette borne' });
  await expect(wizard).toBeVisible();
  await expectNoAxeViolations(page, 'set-up wizard, step 1');
  await wizard.getByRole('button', { name: 'Suivant' }).click();
  await wizard.getByRole('radio', { name: 'Stand (salon)' }).check();
  await wizard.getByRole('button', { name: 'Suivant' }).click();
  await wizard.getByRole('textbox', { name: 'Quel est le nom du lieu ?' }).fill('Hall A');
  await wizard.getByRole('button', { name: 'Suivant' }).click();
  await expectNoAxeViolations(page, 'set-up wizard, PIN step');
  await wizard.getByLabel('Nouveau code PIN (4 à 8 chiffres)').fill('13579');
  await wizard.getByLabel('Confirme le nouveau code').fill('13579');
  await wizard.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByTestId('attract')).toBeVisible();

  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), WEB_CONFIG_OVERRIDE_KEY)) ?? '{}');
  const config = deviceConfigSchema.parse(stored);
  expect(config.mode).toBe('event');
  expect(config.siteLabel).toBe('Hall A');
  expect(config.adminPin?.algorithm).toBe('PBKDF2-SHA256');
  expect(JSON.stringify(config)).not.toContain('13579');
  expect(errors).toEqual([]);
});

test('a kiosk with the default timings asks "still there?" after 90 s and resets 15 s later', async ({ page }) => {
  // The shipped build and its real timings: page.clock moves the page's time on instead of waiting.
  await page.clock.install();
  await useDeviceConfig(page, kioskConfig({ idleTimeoutSeconds: 90 }));
  await openApp(page);
  await startVisit(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.clock.fastForward('01:25');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.fastForward('00:10');
  await expect(page.getByRole('dialog', { name: 'Tu es toujours là ?' })).toBeVisible();
  await page.clock.fastForward('00:20');
  await expect(page.getByTestId('attract')).toBeVisible();
});

test('classroom mode (the served config) has no attract loop and no idle reset, however long nobody touches it', async ({ page }) => {
  // The same clock as the kiosk test above, which resets after 105 s: here 15 minutes pass and nothing happens.
  await page.clock.install();
  await openApp(page, { hash: '#/careers' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('attract')).toHaveCount(0);
  for (let step = 0; step < 3; step++) await page.clock.fastForward('05:00');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('attract')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/careers$/);
});
