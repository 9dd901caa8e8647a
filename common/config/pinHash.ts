// The one place for the admin PIN's hash parameters, used by the app (renderer/kiosk/adminPin.ts, WebCrypto), IT's
// pre-provisioning tool (scripts/kiosk-pin-hash.mjs, node:crypto) and the device config's schema. 600,000 iterations
// of PBKDF2-SHA256 follows OWASP's 2023 advice; it takes a fraction of a second on a kiosk. Plain TypeScript without
// imports, so Node runs it directly from the .mjs tool.

export const PIN_HASH_ALGORITHM = 'PBKDF2-SHA256';
/** Iterations for new hashes; stored hashes keep theirs (the schema accepts MIN to MAX). */
export const PIN_ITERATIONS = 600_000;
export const PIN_MIN_ITERATIONS = 100_000;
export const PIN_MAX_ITERATIONS = 10_000_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
/** A PIN is 4 to 8 digits. */
export const PIN_PATTERN = new RegExp(`^\\d{${PIN_MIN_LENGTH},${PIN_MAX_LENGTH}}$`);
