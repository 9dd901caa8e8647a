// Content packs on SQLite and PostgreSQL: staff save a draft, publish it for all devices, a mode or a site, and roll
// back; devices fetch the pack meant for them (site beats mode beats all), signed so that common's checkSignedPack
// accepts it with the key from their enrolment answer; conditional fetches, history with who and when, the refusals
// (an extra field anywhere, a missing language), the signing key kept across restarts and instances, and health
// reports with the new and the old contentPack shape.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_PATHS,
  packEtag,
  targetKey,
  type ContentDraft,
  type ContentOverview,
  type PublishedVersion,
  type SaveDraftRequest,
} from '../../common/content/contentApi';
import type { ContentPack, PackContent, PackTarget } from '../../common/content/contentPack';
import { checkSignedPack, type ContentKey, type SignedPack } from '../../common/content/signedPack';
import type { Mode } from '../../common/config/deviceConfig';
import type { DeviceHealth } from '../../common/health/deviceHealth';
import type { DeviceSummary } from '../reports/types';
import { buildApp } from '../server/app';
import { rotateContentKey } from '../server/contentKeyRotation';
import { createLogger } from '../server/logging';
import { hashPassword } from '../security/passwords';
import { AuditLog, COMMAND_LINE_ACTOR, type AuditEntry } from '../storage/auditLog';
import { hubDayOf } from '../storage/hubDay';
import { ContentKeyStore } from '../storage/contentKeyStore';
import { ContentStore } from '../storage/contentStore';
import { openStore } from '../storage/openStore';
import { StaffStore } from '../storage/staffStore';
import { BACKENDS, openTestCollector, testStorage, type TestCollector } from './harness';

const PASSWORD = 'correct horse battery';
const ALL_LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
const text = (value: string) => ({ fr: `${value} (fr)`, nl: `${value} (nl)`, de: `${value} (de)`, en: `${value} (en)` });

function content(figure: string): PackContent {
  return {
    facts: [{ id: 'jobs', figure: text(figure), text: text('jobs in biotech'), source: text("L'Echo, 2021") }],
    agenda: [
      {
        id: 'open-day',
        date: '2027-03-13',
        endDate: null,
        place: text('Gosselies'),
        title: text('Open day'),
        text: text('Come and see the labs'),
        link: 'https://example.org/open-day',
      },
    ],
    routes: [{ routeId: 'secondary-biotechnique', providers: ['Athénée de Gosselies'], nextStart: '2027-09-01', link: null, note: null }],
    highlightedRoles: ['qc-analyst'],
    games: ['purify', 'bioreactor'],
  };
}

interface EnrolAnswer {
  deviceId: string;
  deviceToken: string;
  siteLabel: string;
  contentKey: ContentKey;
}

describe.each(BACKENDS)('content packs on %s', { timeout: 60_000 }, (backend) => {
  let collector: TestCollector;
  let staff: Record<string, string>;
  let device: EnrolAnswer;

  beforeAll(async () => {
    collector = await openTestCollector(backend);
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword(PASSWORD), collector.clock.now);
    const login = await collector.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'hub.local', 'x-biotech-dashboard': '1' },
      payload: { name: 'marie', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    staff = { host: 'hub.local', cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken };
    const code = await collector.createCode('Hall B');
    const enrolled = await collector.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code } });
    expect(enrolled.statusCode).toBe(201);
    device = enrolled.json<EnrolAnswer>();
  });
  afterAll(() => collector.close());

  const saveDraft = (body: unknown) => collector.app.inject({ method: 'PUT', url: CONTENT_PATHS.draft, headers: staff, payload: body as string });
  const publish = (target: PackTarget) => collector.app.inject({ method: 'POST', url: CONTENT_PATHS.publish, headers: staff, payload: { target } });
  const draftAndPublish = async (target: PackTarget, figure: string, languages: SaveDraftRequest['languages'] = [...ALL_LANGUAGES]) => {
    collector.clock.now += 1_000;
    expect((await saveDraft({ target, languages, content: content(figure) })).statusCode).toBe(200);
    const published = await publish(target);
    expect(published.statusCode, published.body).toBe(201);
    return published.json<PublishedVersion>();
  };
  const fetchPack = (site: string, mode: Mode, headers: Record<string, string> = {}, token = device.deviceToken) =>
    collector.app.inject({
      method: 'GET',
      url: `${CONTENT_PATHS.deviceFetch}?site=${encodeURIComponent(site)}&mode=${mode}`,
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
  const figureOf = (signed: SignedPack) => (JSON.parse(signed.payload) as ContentPack).content.facts[0]!.figure.fr;
  const history = async (target: PackTarget) =>
    (await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.history}?target=${encodeURIComponent(targetKey(target))}`, headers: staff })).json<PublishedVersion[]>();

  it('gives nothing (204) while nothing is published, and the enrolment answer carries the content key', async () => {
    expect(device.contentKey.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(device.contentKey.keyId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const response = await fetchPack('Hall B', 'kiosk');
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });

  it('refuses the device route without a token and with a bad site or mode, clearly', async () => {
    const noToken = await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.deviceFetch}?site=Hall%20B&mode=kiosk` });
    expect(noToken.statusCode).toBe(401);
    for (const query of ['site=Hall%20B&mode=museum', 'mode=kiosk', 'site=%3Cscript%3E&mode=kiosk', `site=${'x'.repeat(61)}&mode=kiosk`]) {
      const response = await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.deviceFetch}?${query}`, headers: { authorization: `Bearer ${device.deviceToken}` } });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-query', message: expect.stringContaining('mode=<kiosk | classroom | event>') });
    }
  });

  it('lets a browser host send If-None-Match and read the ETag (CORS)', async () => {
    const preflight = await collector.app.inject({
      method: 'OPTIONS',
      url: CONTENT_PATHS.deviceFetch,
      headers: { origin: 'https://school.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, if-none-match' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('if-none-match');
    const response = await fetchPack('Hall B', 'kiosk', { origin: 'https://school.example' });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers['access-control-expose-headers'])).toContain('etag');
  });

  it('publishes a draft for all devices: the device gets it signed, and checkSignedPack accepts it with the enrolment key', async () => {
    const draft = await saveDraft({ target: { kind: 'all' }, languages: [...ALL_LANGUAGES], content: content('2 400') });
    expect(draft.statusCode).toBe(200);
    expect(draft.json<ContentDraft>()).toMatchObject({ missing: [], basedOnVersion: null, savedBy: 'marie', savedAt: new Date(collector.clock.now).toISOString() });
    const published = await publish({ kind: 'all' });
    expect(published.statusCode).toBe(201);
    const version = published.json<PublishedVersion>();
    expect(version).toEqual({ version: 1, target: { kind: 'all' }, publishedAt: new Date(collector.clock.now).toISOString(), publishedBy: 'marie', restoredFrom: null });

    const response = await fetchPack('Hall B', 'kiosk');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(packEtag(1));
    const signed = response.json<SignedPack>();
    const check = await checkSignedPack(signed, { key: device.contentKey, device: { siteLabel: 'Hall B', mode: 'kiosk' }, currentVersion: 0 });
    expect(check).toMatchObject({ ok: true, pack: { version: 1, target: { kind: 'all' }, languages: [...ALL_LANGUAGES], content: content('2 400') } });

    // The draft is gone: the draft route now starts from the published content.
    const next = (await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.draft}?target=all`, headers: staff })).json<ContentDraft>();
    expect(next).toMatchObject({ basedOnVersion: 1, savedAt: null, savedBy: null, content: content('2 400') });
  });

  it('refuses a tampered payload and a pack signed under another key id', async () => {
    const signed = (await fetchPack('Hall B', 'kiosk')).json<SignedPack>();
    const context = { key: device.contentKey, device: { siteLabel: 'Hall B', mode: 'kiosk' as const }, currentVersion: 0 };
    const tampered = { ...signed, payload: signed.payload.replace('2 400 (fr)', '9 999 (fr)') };
    expect(tampered.payload).not.toBe(signed.payload);
    expect(await checkSignedPack(tampered, context)).toMatchObject({ ok: false, refusal: 'signature' });
    expect(await checkSignedPack({ ...signed, keyId: 'someone-else-key' }, context)).toMatchObject({ ok: false, refusal: 'unknown-key' });
  });

  it('answers 304 to If-None-Match with the current ETag, and 200 again after a new publication', async () => {
    const first = await fetchPack('Hall B', 'kiosk');
    const etag = String(first.headers.etag);
    const unchanged = await fetchPack('Hall B', 'kiosk', { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    const newer = await draftAndPublish({ kind: 'all' }, '2 500');
    const changed = await fetchPack('Hall B', 'kiosk', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe(packEtag(newer.version));
    expect(figureOf(changed.json<SignedPack>())).toBe('2 500 (fr)');
  });

  it('resolves site before mode before all; another site gets the pack for all', async () => {
    const forMode = await draftAndPublish({ kind: 'mode', mode: 'kiosk' }, 'kiosk figure');
    const forSite = await draftAndPublish({ kind: 'site', site: 'Hall B' }, 'hall b figure');
    expect(forSite.version).toBeGreaterThan(forMode.version);
    // A later publication for all devices does not beat the site's or the mode's pack.
    await draftAndPublish({ kind: 'all' }, 'all figure');

    const hallB = await fetchPack('hall b', 'kiosk');
    expect(hallB.headers.etag).toBe(packEtag(forSite.version));
    expect(figureOf(hallB.json<SignedPack>())).toBe('hall b figure (fr)');
    const otherSiteKiosk = await fetchPack('Hall C', 'kiosk');
    expect(figureOf(otherSiteKiosk.json<SignedPack>())).toBe('kiosk figure (fr)');
    const otherSiteEvent = await fetchPack('Hall C', 'event');
    expect(figureOf(otherSiteEvent.json<SignedPack>())).toBe('all figure (fr)');

    // What Hall C gets passes its device's check; Hall B's own pack would be refused there as meant for others.
    const context = { key: device.contentKey, device: { siteLabel: 'Hall C', mode: 'event' as const }, currentVersion: 0 };
    expect(await checkSignedPack(otherSiteEvent.json(), context)).toMatchObject({ ok: true });
    expect(await checkSignedPack(hallB.json(), context)).toMatchObject({ ok: false, refusal: 'target' });
  });

  it('a class browser fetches with its class token, and its join answer carries the same content key', async () => {
    const created = await collector.app.inject({
      method: 'POST',
      url: '/api/classes',
      headers: staff,
      payload: { school: 'Athénée de Gosselies', classLabel: '2B', day: hubDayOf(collector.clock.now), maxDevices: 2 },
    });
    expect(created.statusCode).toBe(201);
    const joined = await collector.app.inject({ method: 'POST', url: '/v1/classes/join', payload: { code: created.json<{ code: string }>().code } });
    const answer = joined.json<{ deviceToken: string; contentKey: ContentKey }>();
    expect(answer.contentKey).toEqual(device.contentKey);
    const response = await fetchPack('Athénée de Gosselies', 'classroom', {}, answer.deviceToken);
    expect(response.statusCode).toBe(200);
    expect(figureOf(response.json<SignedPack>())).toBe('all figure (fr)');
  });

  it('rolls back: the old content comes back as a new version with restoredFrom', async () => {
    const before = await history({ kind: 'all' });
    const oldest = before.at(-1)!;
    collector.clock.now += 1_000;
    const rollback = await collector.app.inject({ method: 'POST', url: CONTENT_PATHS.rollback, headers: staff, payload: { target: { kind: 'all' }, version: oldest.version } });
    expect(rollback.statusCode).toBe(201);
    const restored = rollback.json<PublishedVersion>();
    expect(restored.version).toBeGreaterThan(before[0]!.version);
    expect(restored).toMatchObject({ target: { kind: 'all' }, restoredFrom: oldest.version, publishedBy: 'marie' });

    const response = await fetchPack('Hall C', 'event');
    expect(response.headers.etag).toBe(packEtag(restored.version));
    const check = await checkSignedPack(response.json(), { key: device.contentKey, device: { siteLabel: 'Hall C', mode: 'event' }, currentVersion: before[0]!.version });
    expect(check).toMatchObject({ ok: true, pack: { version: restored.version, content: content('2 400') } });

    const asPublished = await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.versions}/${restored.version}`, headers: staff });
    expect(asPublished.json<ContentPack>()).toMatchObject({ version: restored.version, content: content('2 400') });
    // A version of another target cannot be rolled back here, nor one never published.
    const siteVersion = (await history({ kind: 'site', site: 'Hall B' }))[0]!.version;
    const wrong = await collector.app.inject({ method: 'POST', url: CONTENT_PATHS.rollback, headers: staff, payload: { target: { kind: 'all' }, version: siteVersion } });
    expect(wrong.statusCode).toBe(409);
    const unknown = await collector.app.inject({ method: 'POST', url: CONTENT_PATHS.rollback, headers: staff, payload: { target: { kind: 'all' }, version: 9_999 } });
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps the history newest first with who and when, and the audit log names each publication and rollback', async () => {
    const entries = await history({ kind: 'all' });
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.map((entry) => entry.version)).toEqual([...entries.map((entry) => entry.version)].sort((a, b) => b - a));
    for (const entry of entries) {
      expect(entry.publishedBy).toBe('marie');
      expect(Date.parse(entry.publishedAt)).toBeGreaterThan(0);
      expect(entry.target).toEqual({ kind: 'all' });
    }
    expect(entries[0]!.restoredFrom).toBe(entries.at(-1)!.version);
    expect(entries.slice(1).every((entry) => entry.restoredFrom === null)).toBe(true);

    const audit = (await collector.app.inject({ method: 'GET', url: '/api/audit', headers: staff })).json<AuditEntry[]>();
    expect(audit.filter((entry) => entry.action === 'content-published').length).toBe(5);
    expect(audit.find((entry) => entry.action === 'content-rolled-back')).toMatchObject({ actor: 'marie', subject: `all v${entries[0]!.version} (from v${entries.at(-1)!.version})` });

    const overview = (await collector.app.inject({ method: 'GET', url: CONTENT_PATHS.overview, headers: staff })).json<ContentOverview>();
    expect(overview.keyId).toBe(device.contentKey.keyId);
    expect(overview.targets.map((entry) => targetKey(entry.target))).toEqual(['all', 'mode:kiosk', 'site:Hall B']);
    expect(overview.targets[0]!.published?.version).toBe(entries[0]!.version);
  });

  it('refuses to publish while a required language is missing (422 listing it), and the draft lists it too', async () => {
    const partial = content('3 000');
    delete partial.facts[0]!.text.de;
    const saved = await saveDraft({ target: { kind: 'mode', mode: 'event' }, languages: [...ALL_LANGUAGES], content: partial });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ContentDraft>().missing).toEqual([{ path: ['facts', 0, 'text'], language: 'de' }]);
    const refused = await publish({ kind: 'mode', mode: 'event' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: 'missing-translations', missing: [{ path: ['facts', 0, 'text'], language: 'de' }] });
    expect(await history({ kind: 'mode', mode: 'event' })).toEqual([]);
    // Publishing with no draft at all is refused too.
    expect((await publish({ kind: 'mode', mode: 'classroom' })).statusCode).toBe(409);
  });

  it('a pack cannot carry visitor data: an extra field anywhere in a draft is refused whole (400) and nothing is kept', async () => {
    const target = { kind: 'site', site: 'Hall D' } as const;
    const good = { target, languages: [...ALL_LANGUAGES], content: content('1 200') };
    const withExtra: unknown[] = [
      { ...good, visitor: 'Léa Dupont' },
      { ...good, target: { ...target, visitorName: 'Léa Dupont' } },
      { ...good, content: { ...good.content, visitors: ['Léa Dupont'] } },
      { ...good, content: { ...good.content, facts: [{ ...good.content.facts[0]!, visitorEmail: 'lea@example.org' }] } },
      { ...good, content: { ...good.content, facts: [{ ...good.content.facts[0]!, text: { ...good.content.facts[0]!.text, xx: 'Léa Dupont' } }] } },
      { ...good, content: { ...good.content, agenda: [{ ...good.content.agenda[0]!, attendees: ['Léa Dupont'] }] } },
      { ...good, content: { ...good.content, routes: [{ ...good.content.routes[0]!, pupil: 'Léa Dupont' }] } },
      { ...good, content: { ...good.content, highlightedRoles: ['Léa Dupont'] } },
    ];
    for (const body of withExtra) {
      const response = await saveDraft(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-draft' });
    }
    const draft = await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.draft}?target=${encodeURIComponent('site:Hall D')}`, headers: staff });
    // Nothing saved for Hall D: the draft route offers the pack for all devices to start from.
    expect(draft.json<ContentDraft>()).toMatchObject({ basedOnVersion: null, savedAt: null });
    const rows = await collector.store.driver.all<{ content: string }>('SELECT content FROM content_drafts');
    expect(rows.some((row) => row.content.includes('Léa'))).toBe(false);
    // Publishing has no room for anything else either.
    const extraPublish = await collector.app.inject({ method: 'POST', url: CONTENT_PATHS.publish, headers: staff, payload: { target: { kind: 'all' }, note: 'Léa' } });
    expect(extraPublish.statusCode).toBe(400);
  });

  it('lets staff only: no session → 401, no CSRF token → 403, and a device token opens nothing', async () => {
    const withoutCsrf = { host: staff.host!, cookie: staff.cookie! };
    expect((await collector.app.inject({ method: 'GET', url: CONTENT_PATHS.overview })).statusCode).toBe(401);
    expect((await collector.app.inject({ method: 'GET', url: CONTENT_PATHS.overview, headers: { authorization: `Bearer ${device.deviceToken}` } })).statusCode).toBe(401);
    expect((await collector.app.inject({ method: 'POST', url: CONTENT_PATHS.publish, headers: withoutCsrf, payload: { target: { kind: 'all' } } })).statusCode).toBe(403);
    expect((await collector.app.inject({ method: 'PUT', url: CONTENT_PATHS.draft, headers: withoutCsrf, payload: { target: { kind: 'all' } } })).statusCode).toBe(403);
  });

  it('downloads the current signed pack of a target as a file for a USB stick', async () => {
    const [latest] = await history({ kind: 'site', site: 'Hall B' });
    const file = await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.file}?target=${encodeURIComponent('site:hall b')}`, headers: staff });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="biotech-content-site-hall-b-v${latest!.version}.json"`);
    const check = await checkSignedPack(JSON.parse(file.body), { key: device.contentKey, device: { siteLabel: 'HALL B', mode: 'event' }, currentVersion: 0 });
    expect(check).toMatchObject({ ok: true, pack: { version: latest!.version } });
    expect((await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.file}?target=mode:event`, headers: staff })).statusCode).toBe(404);
    expect((await collector.app.inject({ method: 'GET', url: `${CONTENT_PATHS.file}?target=nowhere`, headers: staff })).statusCode).toBe(400);
  });

  it('takes health reports with the new contentPack shape and the old one, shows them to staff, and refuses anything else', async () => {
    const base: DeviceHealth = {
      appVersion: '1.5.0',
      contentPack: { source: 'collector', version: 7, refusal: 'signature' },
      host: 'electron',
      lastSuccessfulSyncAt: collector.clock.now,
      pendingEvents: 0,
      missedEvents: 0,
      storage: { warnings: [], recoveries: 0 },
      renderer: { crashes: 0, hangs: 0 },
      freeStorageBytes: null,
    };
    const report = (body: unknown) =>
      collector.app.inject({ method: 'POST', url: '/v1/health', headers: { authorization: `Bearer ${device.deviceToken}` }, payload: body as string });
    const shown = async () =>
      (await collector.app.inject({ method: 'GET', url: '/api/devices', headers: staff })).json<DeviceSummary[]>().find((entry) => entry.deviceId === device.deviceId)?.health?.report.contentPack;

    collector.clock.now += 1_000;
    expect((await report(base)).statusCode).toBe(204);
    expect(await shown()).toEqual({ source: 'collector', version: 7, refusal: 'signature' });
    collector.clock.now += 1_000;
    expect((await report({ ...base, contentPack: { source: 'file', version: 8, refusal: null } })).statusCode).toBe(204);
    expect(await shown()).toEqual({ source: 'file', version: 8, refusal: null });
    // A device not updated yet still reports the old way.
    collector.clock.now += 1_000;
    expect((await report({ ...base, appVersion: '1.4.0', contentPack: { source: 'built-in', version: '1.4.0' } })).statusCode).toBe(204);
    expect(await shown()).toEqual({ source: 'built-in', version: '1.4.0' });

    for (const contentPack of [
      { source: 'collector', version: 7, refusal: 'signature', note: 'Léa' },
      { source: 'collector', version: 7, refusal: 'Léa refused it' },
      { source: 'usb of Léa', version: 7, refusal: null },
      { source: 'collector', version: -1, refusal: null },
      { source: 'collector', version: '1.4.0' },
      { source: 'built-in', version: 0 },
    ]) {
      const response = await report({ ...base, contentPack });
      expect(response.statusCode, JSON.stringify(contentPack)).toBe(400);
      expect(response.body).not.toContain('Léa');
    }
    expect(await shown()).toEqual({ source: 'built-in', version: '1.4.0' });
  });

  it('signs with the same key after a restart and in a second instance on the same database', async () => {
    const signed = (await fetchPack('Hall C', 'event')).json<SignedPack>();
    const second = await openStore(collector.settings, collector.clock.now);
    const app = buildApp({ store: second, logger: createLogger('silent'), rateLimit: { perMinute: 1_000, burst: 1_000 }, now: () => collector.clock.now, dashboardDir: null });
    try {
      const code = await collector.createCode('Hall E');
      const enrolled = (await app.inject({ method: 'POST', url: '/v1/enrol', payload: { code } })).json<EnrolAnswer>();
      expect(enrolled.contentKey).toEqual(device.contentKey);
      // What the first instance signed is served by the second and passes the second's device check.
      const again = (await fetchPack('Hall C', 'event', {}, enrolled.deviceToken)).json<SignedPack>();
      expect(again).toEqual(signed);
      const fromSecond = await app.inject({ method: 'GET', url: `${CONTENT_PATHS.deviceFetch}?site=Hall%20C&mode=event`, headers: { authorization: `Bearer ${enrolled.deviceToken}` } });
      expect(fromSecond.json<SignedPack>()).toEqual(signed);
      expect(await checkSignedPack(fromSecond.json(), { key: enrolled.contentKey, device: { siteLabel: 'Hall C', mode: 'event' }, currentVersion: 0 })).toMatchObject({ ok: true });
    } finally {
      await app.close();
      await second.close();
    }
    const rows = await collector.store.driver.all('SELECT key_id FROM content_signing_key');
    expect(rows).toEqual([{ key_id: device.contentKey.keyId }]);
  });

  it('rotates a leaked key: the newest pack of every target is published again with the new key, which old devices refuse', async () => {
    const before = await collector.store.driver.all<{ target_key: string; version: number | string }>(
      'SELECT target_key, MAX(version) AS version FROM content_versions GROUP BY target_key ORDER BY target_key',
    );
    collector.clock.now += 1_000;
    const outcome = await rotateContentKey({ content: new ContentStore(collector.store.driver), auditLog: new AuditLog(collector.store.driver) }, COMMAND_LINE_ACTOR, collector.clock.now);
    expect(outcome.previousKeyId).toBe(device.contentKey.keyId);
    expect(outcome.key.keyId).not.toBe(device.contentKey.keyId);
    expect(outcome.republished).toHaveLength(before.length);

    // A device enrolled before the rotation refuses what it is now served, and keeps what it shows.
    const served = await fetchPack('Hall C', 'event');
    expect(outcome.republished).toContain(Number(JSON.parse(String(served.headers.etag))));
    const context = { device: { siteLabel: 'Hall C', mode: 'event' as const }, currentVersion: 0 };
    expect(await checkSignedPack(served.json(), { ...context, key: device.contentKey })).toMatchObject({ ok: false, refusal: 'unknown-key' });
    // A device enrolled again learns the new key and accepts the same pack, whose content did not change.
    const code = await collector.createCode('Hall C');
    const again = (await collector.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code } })).json<EnrolAnswer>();
    expect(again.contentKey).toEqual(outcome.key);
    const check = await checkSignedPack(served.json(), { ...context, key: again.contentKey });
    expect(check).toMatchObject({ ok: true, pack: { content: content('2 400') } });

    const [newest] = await history({ kind: 'all' });
    const previousAll = Number(before.find((row) => row.target_key === 'all')!.version);
    expect(newest).toMatchObject({ restoredFrom: previousAll, publishedBy: COMMAND_LINE_ACTOR });
    const audit = (await collector.app.inject({ method: 'GET', url: '/api/audit', headers: staff })).json<AuditEntry[]>();
    expect(audit.find((entry) => entry.action === 'content-key-rotated')).toMatchObject({ subject: `${device.contentKey.keyId} -> ${outcome.key.keyId}` });
  });
});

describe.each(BACKENDS)('the signing key and the version sequence across collector instances on %s', { timeout: 60_000 }, (backend) => {
  it('two instances needing the key at once on a fresh database end up with one and the same key', async () => {
    const { settings, cleanUp } = await testStorage(backend);
    const first = await openStore(settings);
    const second = await openStore(settings);
    try {
      const [a, b] = await Promise.all([new ContentKeyStore(first.driver).keyPair(1), new ContentKeyStore(second.driver).keyPair(2)]);
      expect(a).toEqual(b);
      expect(await first.driver.all('SELECT key_id FROM content_signing_key')).toEqual([{ key_id: a.keyId }]);
      // After a restart (a store opened again) the same key is read back.
      await first.close();
      const restarted = await openStore(settings);
      try {
        expect(await new ContentKeyStore(restarted.driver).keyPair(3)).toEqual(a);
      } finally {
        await restarted.close();
      }
    } finally {
      await second.close();
      await cleanUp();
    }
  });

  it('two instances publishing at once take different versions, always upwards', async () => {
    const { settings, cleanUp } = await testStorage(backend);
    const first = await openStore(settings);
    const second = await openStore(settings);
    try {
      const take = (driver: typeof first.driver) => driver.transaction((tx) => new ContentStore(driver).nextVersion(tx));
      const versions = await Promise.all([take(first.driver), take(second.driver), take(first.driver), take(second.driver)]);
      expect([...versions].sort((x, y) => x - y)).toEqual([1, 2, 3, 4]);
    } finally {
      await first.close();
      await second.close();
      await cleanUp();
    }
  });
});
