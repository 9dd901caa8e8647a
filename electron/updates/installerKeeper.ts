// The installers the kiosk keeps so it can go back: every installer electron-updater downloaded and verified is
// copied to userData/installers/<version><extension> before it is installed. Going back from a failed version then
// reinstalls the kept installer of the version before (reinstallPlan says how on each platform). Only the two
// newest versions' installers are kept (the running one and the one before), so the folder stays small.

import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const INSTALLERS_FOLDER = 'installers';

const KEPT_NAME = /^(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)(\.exe|\.AppImage|\.deb)$/;

/** Copies a verified download as the kept installer of `version` (via a temporary name, never half-written). */
export async function keepInstaller(folder: string, version: string, downloadedFile: string): Promise<string> {
  const extension = /\.(exe|AppImage|deb)$/.exec(downloadedFile)?.[0];
  if (extension === undefined) throw new Error(`not an installer the kiosk can reinstall: ${path.basename(downloadedFile)}`);
  await mkdir(folder, { recursive: true });
  const target = path.join(folder, `${version}${extension}`);
  await copyFile(downloadedFile, `${target}.partial`);
  await rename(`${target}.partial`, target);
  return target;
}

/** The kept installer of `version`, or null (e.g. the version IT installed by hand was never downloaded). */
export async function keptInstaller(folder: string, version: string): Promise<string | null> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const name = names.find((candidate) => KEPT_NAME.exec(candidate)?.[1] === version);
  return name === undefined ? null : path.join(folder, name);
}

/** Deletes every kept installer but those of `versions` (the running one and the one it would go back to). */
export async function pruneInstallers(folder: string, versions: readonly string[]): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => !versions.includes(KEPT_NAME.exec(name)?.[1] ?? '')).map((name) => rm(path.join(folder, name), { force: true })),
  );
}

/** How a kept installer goes back in place on this platform (see docs/kiosk-setup.md for the limits of each). */
export type ReinstallPlan =
  /** Windows NSIS: run it silently; it replaces the installed version and starts the app again. */
  | { readonly kind: 'run-installer'; readonly command: string; readonly args: readonly string[] }
  /** Linux AppImage: put the kept AppImage in place of the running one (the file $APPIMAGE), then restart. */
  | { readonly kind: 'replace-appimage'; readonly target: string }
  /** Linux deb: dpkg needs root; through pkexec, which a polkit rule must allow for the kiosk user. */
  | { readonly kind: 'run-installer-as-root'; readonly command: string; readonly args: readonly string[] }
  | { readonly kind: 'impossible'; readonly reason: string };

export function reinstallPlan(platform: NodeJS.Platform, installer: string, appImagePath: string | undefined): ReinstallPlan {
  if (platform === 'win32' && installer.endsWith('.exe')) return { kind: 'run-installer', command: installer, args: ['/S', '--force-run'] };
  if (platform === 'linux' && installer.endsWith('.AppImage')) {
    return appImagePath === undefined || appImagePath === ''
      ? { kind: 'impossible', reason: 'the kiosk does not run from an AppImage ($APPIMAGE is not set)' }
      : { kind: 'replace-appimage', target: appImagePath };
  }
  if (platform === 'linux' && installer.endsWith('.deb')) return { kind: 'run-installer-as-root', command: 'pkexec', args: ['dpkg', '-i', installer] };
  return { kind: 'impossible', reason: `no way to reinstall ${path.basename(installer)} on ${platform}` };
}
