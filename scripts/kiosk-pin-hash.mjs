// Prints the adminPin entry of a device config for a given PIN, so IT can pre-provision kiosks without the wizard.
// Usage: node scripts/kiosk-pin-hash.mjs 2468     (same algorithm as renderer/kiosk/adminPin.ts)

import { pbkdf2Sync, randomBytes } from 'node:crypto';

const pin = process.argv[2] ?? '';
if (!/^\d{4,8}$/.test(pin)) {
  console.error('Give a PIN of 4 to 8 digits: node scripts/kiosk-pin-hash.mjs 2468');
  process.exit(1);
}
const iterations = 600_000;
const salt = randomBytes(16);
const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
console.log(JSON.stringify({ adminPin: { algorithm: 'PBKDF2-SHA256', iterations, salt: salt.toString('base64'), hash: hash.toString('base64') } }, null, 2));
