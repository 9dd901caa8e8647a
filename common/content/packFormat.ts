// The two numbers that say which pack is which, apart from the pack's schema (contentPack.ts) so that code naming
// them, such as the app's built-in pack, does not carry the schema into the first screen's script.

/** The pack format this app reads; a pack of another format is refused (the device keeps the one it has). */
export const CONTENT_PACK_FORMAT = 1;

/** Version 0 is the pack built into the app; the collector numbers published packs from 1, always upwards. */
export const BUILT_IN_PACK_VERSION = 0;
