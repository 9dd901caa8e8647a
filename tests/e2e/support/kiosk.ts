// Helpers for kiosk-mode specs: a device config stored as the web host's admin override (as the admin panel would
// store it), a known PIN, and the shortened idle timings only test builds accept.

import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { defaultDeviceConfig, type DeviceConfig } from '../../../common/config/deviceConfig';

export const TEST_PIN = '2468';
export const WEB_CONFIG_OVERRIDE_KEY = 'biotech.deviceConfig.v1';

export function pinHash(pin: string): NonNullable<DeviceConfig['adminPin']> {
  const salt = randomBytes(16);
  const iterations = 100_000;
  const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export function kioskConfig(change: Partial<DeviceConfig> = {}): DeviceConfig {
  return { ...defaultDeviceConfig('kiosk'), siteLabel: 'Hall A', adminPin: pinHash(TEST_PIN), ...change };
}

/** Stores the config before the app's first script runs (only on the first load of the page). */
export async function useDeviceConfig(page: Page, config: DeviceConfig): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('biotech.test.configured')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('biotech.test.configured', '1');
      }
    },
    [WEB_CONFIG_OVERRIDE_KEY, JSON.stringify(config)] as const,
  );
}

/**
 * A visitor taps the attract screen and the visit starts. The home is already rendered under the attract screen, so
 * waiting for home content is not enough: the visit (and the idle watch a moved clock relies on) starts only once the
 * visit's start is logged, which is when the attract screen goes.
 */
export async function startVisit(page: Page): Promise<void> {
  await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
  await expect(page.getByTestId('attract')).toHaveCount(0);
}

/**
 * Staff press Ctrl+Alt+A until the PIN pad shows: the shortcut listens only once the kiosk layer has mounted, which
 * can be a moment after the home appears on a busy machine.
 */
export async function pressStaffShortcut(page: Page): Promise<void> {
  const pad = page.getByRole('dialog', { name: /Espace équipe|Staff area|Teamruimte|Team-Bereich/ });
  await expect(async () => {
    await page.keyboard.press('Control+Alt+a');
    await expect(pad).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

export async function tapStaffCorner(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.mouse.click(12, 12);
}

export async function enterPin(page: Page, pin: string): Promise<void> {
  const pad = page.getByRole('dialog', { name: /Espace équipe|Staff area|Teamruimte|Team-Bereich/ });
  for (const digit of pin) await pad.getByRole('button', { name: new RegExp(`^(Chiffre|Digit|Cijfer|Ziffer) ${digit}$`) }).click();
  await pad.getByRole('button', { name: /Valider|Confirm|Bevestigen|Bestätigen/ }).click();
}
