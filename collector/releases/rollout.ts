// Which release a device should run on a channel (pure, so the staged rollout is unit-tested without a database).
// Releases are walked newest first; a device takes the first one it is in: every device when the release is at
// 100 %, else a device whose site staff named, or whose stable place in the rollout (a hash of its id) falls under
// the percentage. Withdrawn releases and a version this device reported as failing to start are skipped, so the
// device is offered the release before it. The hash depends on the device id only: the devices that got the last
// pilot first get the next one first too, and raising the percentage only ever adds devices.

import { createHash } from 'node:crypto';

export const RELEASE_CHANNELS = ['stable', 'pilot'] as const;
export type ReleaseChannel = (typeof RELEASE_CHANNELS)[number];

export function isReleaseChannel(value: unknown): value is ReleaseChannel {
  return typeof value === 'string' && (RELEASE_CHANNELS as readonly string[]).includes(value);
}

export interface RolloutRule {
  /** 0-100: the share of devices that get the release, by their stable place. */
  readonly percent: number;
  /** Sites whose devices all get it, whatever the percentage. */
  readonly sites: readonly string[];
}

export interface RolloutCandidate {
  readonly version: string;
  /** Newest first is decided by this (epoch ms), then by insertion order. */
  readonly releasedAt: number;
  readonly withdrawn: boolean;
  readonly rollout: RolloutRule;
}

export interface RolloutDevice {
  readonly deviceId: string;
  readonly siteLabel: string;
  /** A version this device went back from because it failed to start twice (reported by the kiosk), or null. */
  readonly failedVersion: string | null;
}

/** The device's stable place in every rollout, 0 (inclusive) to 100 (exclusive), from the SHA-256 of its id. */
export function rolloutPlace(deviceId: string): number {
  const digest = createHash('sha256').update(`biotech-rollout:${deviceId}`).digest();
  return (digest.readUInt32BE(0) / 0x1_0000_0000) * 100;
}

export function isInRollout(rule: RolloutRule, device: Pick<RolloutDevice, 'deviceId' | 'siteLabel'>): boolean {
  if (rule.percent >= 100) return true;
  if (rule.sites.includes(device.siteLabel)) return true;
  return rolloutPlace(device.deviceId) < rule.percent;
}

/**
 * The release this device should run, or null when none of the channel's releases is for it. `releases` come oldest
 * first (as stored); of two with the same time the later one counts as newer.
 */
export function releaseForDevice<T extends RolloutCandidate>(releases: readonly T[], device: RolloutDevice): T | null {
  const newestFirst = [...releases].reverse().sort((a, b) => b.releasedAt - a.releasedAt);
  for (const release of newestFirst) {
    if (release.withdrawn || release.version === device.failedVersion) continue;
    if (isInRollout(release.rollout, device)) return release;
  }
  return null;
}
