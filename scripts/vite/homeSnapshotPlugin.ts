// Build-time Vite plugin: draws the home for a first visit in each language with React's server renderer, from the
// app's own components and texts (renderer/app/homeSnapshot.tsx), and writes the drawings into index.html as
// inert templates, with what of the device config they were drawn with (renderer/app/snapshotMarkup.ts). The
// config is the one this build serves (renderer/public/config.json), so a school that keeps it, or changes only what
// the home does not show, gets the home at once (renderer/app/quickHome.ts). Runs the app's modules in Node
// through a Vite server in middleware mode (no port, no network), once per build.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { parseDeviceConfig } from '../../common/config/deviceConfig';
import { drawnFrom, snapshotMarkup } from '../../renderer/app/snapshotMarkup';

export interface HomeSnapshotOptions {
  /** The Vite config file the app is built with (its aliases and defines apply to the drawing too). */
  readonly configFile: string;
  readonly localesDir: string;
  /** The config.json this build serves beside index.html. */
  readonly servedConfig: string;
  /** The namespaces the first screen's texts come from (renderer/i18n/shellNamespaces.ts). */
  readonly namespaces: readonly string[];
}

type DrawHomeSnapshot = (config: unknown, language: Language, texts: Record<string, Record<string, unknown>>) => Promise<string>;

async function drawSnapshots(options: HomeSnapshotOptions): Promise<string> {
  const parsed = parseDeviceConfig(JSON.parse(readFileSync(options.servedConfig, 'utf8')));
  if (parsed.problems.length > 0) throw new Error(`homeSnapshotPlugin: ${options.servedConfig} has problems: ${parsed.problems.map((p) => p.detail).join('; ')}`);
  const server = await createServer({
    configFile: options.configFile,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { lendFirstVisitBrowser } = (await server.ssrLoadModule('/app/firstVisitBrowser.ts')) as { lendFirstVisitBrowser: () => () => void };
    const giveBack = lendFirstVisitBrowser();
    try {
      const { drawHomeSnapshot } = (await server.ssrLoadModule('/app/homeSnapshot.tsx')) as { drawHomeSnapshot: DrawHomeSnapshot };
      const snapshots = new Map<Language, string>();
      for (const language of LANGUAGES.filter((lang) => parsed.config.enabledLanguages.includes(lang))) {
        const texts = Object.fromEntries(
          options.namespaces.map((namespace) => [namespace, JSON.parse(readFileSync(path.join(options.localesDir, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>]),
        );
        snapshots.set(language, await drawHomeSnapshot(parsed.config, language, texts));
      }
      return snapshotMarkup(snapshots, drawnFrom(parsed.config));
    } finally {
      giveBack();
    }
  } finally {
    await server.close();
  }
}

export function homeSnapshotPlugin(options: HomeSnapshotOptions): Plugin {
  return {
    name: 'biotech-home-snapshot',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const marker = '<div id="root"></div>';
        if (!html.includes(marker)) throw new Error('homeSnapshotPlugin: index.html lacks <div id="root"></div>');
        return html.replace(marker, `${marker}\n    ${await drawSnapshots(options)}`);
      },
    },
  };
}
