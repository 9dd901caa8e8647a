// The update feed electron-updater's generic provider reads: `latest.yml` (Windows) and `latest-linux.yml` (Linux),
// in the shape electron-builder writes them (version, files with url, sha512 in base64 and size, path, sha512,
// releaseDate). Also what an installer file is for, from its name. Pure text in, text out.

export const PLATFORMS = ['windows', 'linux'] as const;
export type ReleasePlatform = (typeof PLATFORMS)[number];

/** The feed file each platform's updater asks for (x64 only: the hub's kiosks are x64). */
export const FEED_FILES: Readonly<Record<string, ReleasePlatform>> = { 'latest.yml': 'windows', 'latest-linux.yml': 'linux' };

/** The installer kinds electron-updater installs: NSIS (Windows), AppImage and deb (Linux). */
const INSTALLER_KINDS: readonly { readonly ending: RegExp; readonly platform: ReleasePlatform }[] = [
  { ending: /\.exe$/i, platform: 'windows' },
  { ending: /\.AppImage$/, platform: 'linux' },
  { ending: /\.deb$/, platform: 'linux' },
];

export function platformOfInstaller(fileName: string): ReleasePlatform | null {
  return INSTALLER_KINDS.find((kind) => kind.ending.test(fileName))?.platform ?? null;
}

/** A version such as 1.4.0 or 1.5.0-pilot.2 in an electron-builder file name ("Biotech Discovery-1.4.0.AppImage"). */
export function versionInFileName(fileName: string): string | null {
  return /(?:^|[-_ ])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)(?=\.[A-Za-z]+$|[-_ ])/.exec(fileName)?.[1] ?? null;
}

/** Semantic version (major.minor.patch with an optional pre-release), as electron-updater compares them. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/;

/** Safe installer file names: what electron-builder produces, no path, no quotes. */
export const INSTALLER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,150}$/;

export interface FeedFile {
  readonly fileName: string;
  /** SHA-512 of the file, base64 (electron-updater checks the download against it). */
  readonly sha512: string;
  readonly size: number;
}

export interface FeedRelease {
  readonly version: string;
  readonly releasedAt: number;
  readonly files: readonly FeedFile[];
}

/** YAML double-quoted scalar: our values are plain ASCII, escaped anyway. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The feed text for one release; file urls are relative to the feed's own address (percent-encoded names). */
export function feedYaml(release: FeedRelease): string {
  const [first] = release.files;
  if (first === undefined) throw new Error(`release ${release.version} has no file for this platform`);
  const lines = [`version: ${quoted(release.version)}`, 'files:'];
  for (const file of release.files) {
    lines.push(`  - url: ${quoted(encodeURIComponent(file.fileName))}`, `    sha512: ${quoted(file.sha512)}`, `    size: ${file.size}`);
  }
  lines.push(`path: ${quoted(encodeURIComponent(first.fileName))}`, `sha512: ${quoted(first.sha512)}`, `releaseDate: ${quoted(new Date(release.releasedAt).toISOString())}`);
  return `${lines.join('\n')}\n`;
}
