// Texts that name a role, a game or a training route do it by id through i18next nesting ($t(careersRoles:<id>.title),
// $t(<gameId>:title), $t(careers:routes.<id>.name)), so they always show the explorer's own, translated title. This
// test fails when a reference points to an id that does not exist, and when a teacher guide sends pupils to the
// explorer without naming at least one of its game's related roles by id (the guides once named invented roles).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAMES } from '../../games/registry';
import { CAREER_ROLES } from '../../renderer/careers/data/roles';
import { TRAINING_ROUTES } from '../../renderer/careers/data/routes';
import { GAMES_WITH_GUIDES } from '../../renderer/classroom/guides';

const LOCALES = path.resolve(__dirname, '..', '..', 'locales');
const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
const ROLE_IDS = new Set<string>(CAREER_ROLES.map((role) => role.id));
const GAME_IDS = new Set<string>(GAMES.map((game) => game.manifest.id));
const ROUTE_IDS = new Set<string>(TRAINING_ROUTES.map((route) => route.id));
const REFERENCE = /\$t\(([\w-]+):([^),]+)/g;

type Tree = Record<string, unknown>;
const namespaces = (lang: string): Map<string, Tree> =>
  new Map(
    readdirSync(path.join(LOCALES, lang))
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(LOCALES, lang, file), 'utf8')) as Tree]),
  );

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

function texts(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([key, child]) => texts(child, prefix ? `${prefix}.${key}` : key));
  return [];
}

/** Why a reference is broken, or null when it names an existing id and an existing text. */
function brokenReference(all: Map<string, Tree>, namespace: string, key: string): string | null {
  if (namespace === 'careersRoles' && !ROLE_IDS.has(key.split('.')[0] ?? '')) return `no role "${key.split('.')[0]}"`;
  if (namespace === 'careers' && key.startsWith('routes.') && !ROUTE_IDS.has(key.split('.')[1] ?? '')) return `no route "${key.split('.')[1]}"`;
  if (!all.has(namespace)) return `no namespace "${namespace}"`;
  if ((GAMES_WITH_GUIDES as readonly string[]).includes(namespace) && !GAME_IDS.has(namespace)) return `no game "${namespace}"`;
  if (typeof lookup(all.get(namespace), key) !== 'string') return `no text ${namespace}:${key}`;
  return null;
}

describe('references to roles, games and routes in texts', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every $t() reference names an existing role, game or route and an existing text`, () => {
      const all = namespaces(lang);
      const problems: string[] = [];
      for (const [namespace, tree] of all) {
        for (const [key, text] of texts(tree)) {
          for (const [, refNamespace = '', refKey = ''] of text.matchAll(REFERENCE)) {
            const broken = brokenReference(all, refNamespace, refKey);
            if (broken) problems.push(`${namespace}:${key}: ${broken}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${lang}: every game's teacher guide names its explorer roles by id, among the game's related roles`, () => {
      const classroom = namespaces(lang).get('classroom');
      for (const gameId of GAMES_WITH_GUIDES) {
        const related = GAMES.find((game) => game.manifest.id === gameId)?.manifest.relatedRoleIds ?? [];
        const guideTexts = texts(lookup(classroom, `guides.${gameId}`)).map(([, text]) => text);
        const roles = guideTexts.flatMap((text) => [...text.matchAll(REFERENCE)].filter((m) => m[1] === 'careersRoles').map((m) => (m[2] ?? '').split('.')[0]));
        expect(roles.length, `${gameId} names no role by id`).toBeGreaterThan(0);
        for (const role of roles) expect(related, `${gameId} sends pupils to ${role}`).toContain(role);
      }
    });
  }

  for (const lang of LANGUAGES) {
    it(`${lang}: the explorer's game names are keyed by existing game ids, one for each game`, () => {
      const names = lookup(namespaces(lang).get('careers'), 'games') as Tree;
      expect(Object.keys(names).sort()).toEqual([...GAME_IDS].sort());
    });
  }

  it('a reference to an unknown role, route or text is reported', () => {
    const all = namespaces('en');
    expect(brokenReference(all, 'careersRoles', 'purification-operator.title')).toMatch(/no role/);
    expect(brokenReference(all, 'careers', 'routes.le-forem-cess.name')).toMatch(/no route/);
    expect(brokenReference(all, 'purify', 'nope')).toMatch(/no text/);
    expect(brokenReference(all, 'careersRoles', 'qc-analyst.title')).toBeNull();
  });
});
