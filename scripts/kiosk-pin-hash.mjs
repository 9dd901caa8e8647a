// Prints the adminPin entry of a device config for a given PIN, so IT can pre-provision kiosks without the wizard.
// Usage: node scripts/kiosk-pin-hash.mjs 2468     (same algorithm and parameters as renderer/kiosk/adminPin.ts, both
// from common/config/pinHash.ts)

import { pbkdf2Sync, randomBytes } from 'node:crypto';

// Node runs common/'s TypeScript as an ES module once the collector's resolve hook is registered (as the collector does).
await import('../collector/resolveHooks.ts');
const { PIN_HASH_ALGORITHM, PIN_HASH_BYTES, PIN_ITERATIONS, PIN_MAX_LENGTH, PIN_MIN_LENGTH, PIN_PATTERN, PIN_SALT_BYTES } = await import(
  '../common/config/pinHash.ts'
);

const pin = process.argv[2] ?? '';
if (!PIN_PATTERN.test(pin)) {
  console.error(`Give a PIN of ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits: node scripts/kiosk-pin-hash.mjs 2468`);
  process.exit(1);
}
const salt = randomBytes(PIN_SALT_BYTES);
const hash = pbkdf2Sync(pin, salt, PIN_ITERATIONS, PIN_HASH_BYTES, 'sha256');
const adminPin = { algorithm: PIN_HASH_ALGORITHM, iterations: PIN_ITERATIONS, salt: salt.toString('base64'), hash: hash.toString('base64') };
console.log(JSON.stringify({ adminPin }, null, 2));
