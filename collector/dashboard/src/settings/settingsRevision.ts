// Which remote-settings revision a device should have, read from the collector's overview (GET /api/settings): the
// newer of its site's document (site labels compared without regard to case) and its own, as the collector merges
// them for the device. Type-only imports, so the devices page stays free of the contract's schema code.

import type { RemoteSettingsOverview } from '../../../../common/config/remoteSettings';

/** The newest revision saved for a device, or null when nothing was ever saved for it or its site. */
export function newestRevisionFor(device: { deviceId: string; siteLabel: string }, overview: RemoteSettingsOverview): number | null {
  const site = device.siteLabel.trim().toLocaleLowerCase('fr');
  const versions = overview.targets
    .filter((saved) => (saved.target.kind === 'site' ? saved.target.site.trim().toLocaleLowerCase('fr') === site : saved.target.deviceId === device.deviceId))
    .map((saved) => saved.version);
  return versions.length === 0 ? null : Math.max(...versions);
}

/** The site's saved document, if any (for the site list's summary line). */
export function siteSettings(site: string, overview: RemoteSettingsOverview) {
  const key = site.trim().toLocaleLowerCase('fr');
  return overview.targets.find((saved) => saved.target.kind === 'site' && saved.target.site.trim().toLocaleLowerCase('fr') === key) ?? null;
}

/** The device's own saved document, if any. */
export function deviceSettings(deviceId: string, overview: RemoteSettingsOverview) {
  return overview.targets.find((saved) => saved.target.kind === 'device' && saved.target.deviceId === deviceId) ?? null;
}

/**
 * The site labels to offer settings for, once each (compared without regard to case): every site with a document, as
 * staff typed it, then the sites of staff-enrolled devices (as the first one enrolled spells it); classes have none.
 */
export function settingsSites(devices: readonly { siteLabel: string; classId?: string | null }[], overview: RemoteSettingsOverview): string[] {
  const sites = new Map<string, string>();
  const add = (label: string) => {
    const key = label.trim().toLocaleLowerCase('fr');
    if (!sites.has(key)) sites.set(key, label);
  };
  for (const saved of overview.targets) if (saved.target.kind === 'site') add(saved.target.site);
  for (const device of devices) if (device.classId == null) add(device.siteLabel);
  return [...sites.values()].sort((a, b) => a.localeCompare(b));
}
