// How the home's snapshots travel in index.html (written by scripts/vite/homeSnapshotPlugin.ts, read by
// renderer/app/quickHome.ts): one inert <template> per language, and what of the device config they were drawn with.
// Also which parts of that config the drawing depends on, so a device whose config differs elsewhere still gets them.

import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { Language } from '../../common/i18n/languages';

export const SNAPSHOT_TEMPLATE_ATTRIBUTE = 'data-home-snapshot';
export const SNAPSHOT_CONFIG_ID = 'home-snapshot-config';

/**
 * The config fields the home's drawing reads: the mode (its mode card), the languages offered (the language buttons)
 * and the games offered (the games card). The content must be the built-in pack, so no content key (with one, the
 * device may show a pack of the hub's). The other fields change nothing in it (renderer/app/homeSnapshot.test.ts draws
 * it with each of them changed); nor do the visitor's settings but the language, as the settings sheet's content is
 * drawn only while it is open, and the text size and calm motion are set on <html>.
 */
export const DRAWN_FROM = ['mode', 'enabledLanguages', 'enabledGames'] as const satisfies readonly (keyof DeviceConfig)[];

/** What of the config the snapshots were drawn with (always without a content key). */
export type DrawnFrom = Pick<DeviceConfig, (typeof DRAWN_FROM)[number]>;

export function drawnFrom(config: DeviceConfig): DrawnFrom {
  if (config.contentKey !== null) throw new Error('the home is drawn with the built-in content only: the config has a content key');
  return Object.fromEntries(DRAWN_FROM.map((field) => [field, config[field]])) as DrawnFrom;
}

/** True when the home drawn from `drawn` is the home this device's config gives. */
export function snapshotFits(drawn: DrawnFrom, config: DeviceConfig): boolean {
  return config.contentKey === null && DRAWN_FROM.every((field) => JSON.stringify(drawn[field]) === JSON.stringify(config[field]));
}

/** Escapes text for a <script type="application/json"> element: nothing in it can close the element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The markup added to index.html's <body>: the snapshots and their config. */
export function snapshotMarkup(snapshots: ReadonlyMap<Language, string>, drawn: DrawnFrom): string {
  const templates = [...snapshots].map(([language, html]) => `<template ${SNAPSHOT_TEMPLATE_ATTRIBUTE}="${language}">${html}</template>`);
  return [...templates, `<script type="application/json" id="${SNAPSHOT_CONFIG_ID}">${scriptSafeJson(drawn)}</script>`].join('\n    ');
}
