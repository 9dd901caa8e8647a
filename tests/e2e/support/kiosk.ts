// Helpers for kiosk-mode specs: a device config stored as the web host's admin override (as the admin panel would
// store it), a known PIN, and the shortened idle timings only test builds accept.

import { pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
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

export async function tapStaffCorner(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.mouse.click(12, 12);
}

export async function enterPin(page: Page, pin: string): Promise<void> {
  const pad = page.getByRole('dialog', { name: /Espace équipe|Staff area|Teamruimte|Team-Bereich/ });
  for (const digit of pin) await pad.getByRole('button', { name: new RegExp(`^(Chiffre|Digit|Cijfer|Ziffer) ${digit}$`) }).click();
  await pad.getByRole('button', { name: /Valider|Confirm|Bevestigen|Bestätigen/ }).click();
}
