// The device token at rest. Where the operating system offers a key store (Windows DPAPI, macOS Keychain, Linux
// libsecret or KWallet) the token is kept in config.json only encrypted with Electron's safeStorage, as
// "sealedDeviceToken"; the rest of the file stays readable for IT. Where no key store exists (Linux without a
// secret service: safeStorage's "basic_text" backend, whose key is a constant), the token stays in plain text in a
// file only the kiosk user can read (0600), and the main process logs a warning (docs/kiosk-setup.md).
// Pure apart from the sealer, so it is tested with a stand-in.

import type { ConfigProblem } from '../../common/config/deviceConfig';
import type { DeviceTokenAtRest } from '../../common/host/deviceTokenAtRest';

export const SEALED_TOKEN_FIELD = 'sealedDeviceToken';

export interface TokenSealer {
  /** True when an OS key store protects the encryption key. */
  available(): Promise<boolean>;
  /** Base64 of the encrypted text. */
  seal(text: string): Promise<string>;
  unseal(sealed: string): Promise<string>;
}

/** What to write for a validated config: the token sealed when possible, plain otherwise (and says which). */
export async function toDiskForm(config: { readonly deviceToken: string | null }, sealer: TokenSealer | null): Promise<{ data: Record<string, unknown>; plainToken: boolean }> {
  if (config.deviceToken === null) return { data: { ...config }, plainToken: false };
  if (sealer === null || !(await sealer.available())) return { data: { ...config }, plainToken: true };
  return { data: { ...config, deviceToken: null, [SEALED_TOKEN_FIELD]: await sealer.seal(config.deviceToken) }, plainToken: false };
}

/**
 * The parsed file with its sealed token opened back into deviceToken, ready for the config schema. A token that
 * cannot be opened here (the file was copied from another machine, the key store was reset) is dropped with a
 * problem staff see, so the device is simply enrolled again.
 */
export async function fromDiskForm(raw: unknown, sealer: TokenSealer | null): Promise<{ raw: unknown; problems: ConfigProblem[] }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !(SEALED_TOKEN_FIELD in raw)) return { raw, problems: [] };
  const { [SEALED_TOKEN_FIELD]: sealed, ...rest } = raw as Record<string, unknown>;
  if (typeof sealed === 'string' && sealer !== null && (await sealer.available())) {
    try {
      return { raw: { ...rest, deviceToken: await sealer.unseal(sealed) }, problems: [] };
    } catch {
      // Falls through to the problem below.
    }
  }
  return {
    raw: { ...rest, deviceToken: null },
    problems: [{ code: 'unreadable', field: 'deviceToken', detail: 'the device token cannot be decrypted on this computer: enrol the device again' }],
  };
}

/**
 * How the token of a loaded file is kept: sealed when the file held it sealed (and it opened), plain when the file held
 * it in plain text, none without a token. Staff are warned about a plain one (common/host/deviceTokenAtRest.ts).
 */
export function tokenAtRestOnDisk(raw: unknown, token: string | null): DeviceTokenAtRest {
  if (token === null) return 'none';
  return typeof raw === 'object' && raw !== null && SEALED_TOKEN_FIELD in raw ? 'sealed' : 'plain';
}
