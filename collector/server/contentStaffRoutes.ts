// The staff's content-pack routes under /api/content (common/content/contentApi.ts), registered inside the
// dashboard's scope, so they need a staff session and, for PUT and POST, the CSRF token, like every /api/ route.
// Staff keep a draft per target (all devices, a mode, a site), publish it once every text has each of its languages,
// see the history of a target and roll back, which publishes an old version's content again as a new version. How a
// pack is built, checked and signed is contentPublishing.ts; a publication from a draft clears the draft in the same
// transaction. Publications and rollbacks go to the audit log.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CONTENT_PATHS,
  parseTargetKey,
  publishRequestSchema,
  rollbackRequestSchema,
  saveDraftRequestSchema,
  type ContentDraft,
  type ContentOverview,
  type ContentOverviewTarget,
  type MissingTextsProblem,
  type PublishedVersion,
} from '../../common/content/contentApi';
import { missingTexts, type PackTarget } from '../../common/content/contentPack';
import { SIGNED_PACK_FORMAT, type SignedPack } from '../../common/content/signedPack';
import type { PackSigner } from '../security/packSigning';
import type { AuditLog } from '../storage/auditLog';
import { storedTargetKey, type ContentStore, type StoredDraft, type StoredVersion } from '../storage/contentStore';
import type { SqlExecutor } from '../storage/sqlDriver';
import { packOf, PublicationRefused, publishInTransaction, type PackSource, type PublishOutcome } from './contentPublishing';

export interface ContentStaffContext {
  readonly content: ContentStore;
  readonly signer: () => Promise<PackSigner>;
  readonly auditLog: AuditLog;
  readonly now: () => number;
  readonly staffName: (request: FastifyRequest) => string;
}

const targetQuerySchema = z.object({ target: z.string().max(200) });
const versionParamsSchema = z.strictObject({ version: z.string().regex(/^[1-9][0-9]{0,15}$/) });

function refuse(reply: FastifyReply, status: number, error: string, message: string, details: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).send({ error, message, ...details });
}

/** The problems of a refused body: where and what (staff typed it, so the messages may be shown to them). */
function issuesOf(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** A target for a file name: "all", "mode-kiosk", "site-athenee-de-gosselies". */
export function targetFileSlug(target: PackTarget): string {
  const raw = target.kind === 'all' ? 'all' : target.kind === 'mode' ? `mode-${target.mode}` : `site-${target.site}`;
  const slug = raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'site' : slug;
}

function publishedOf(version: StoredVersion): PublishedVersion {
  return {
    version: version.version,
    target: packOf(version).target,
    publishedAt: new Date(version.publishedAt).toISOString(),
    publishedBy: version.publishedBy,
    restoredFrom: version.restoredFrom,
  };
}

function draftAnswer(draft: Omit<StoredDraft, 'savedAt' | 'savedBy'> & { savedAt: number | null; savedBy: string | null }): ContentDraft {
  return {
    target: draft.target,
    languages: draft.languages,
    content: draft.content,
    missing: missingTexts(draft.content, draft.languages),
    basedOnVersion: draft.basedOnVersion,
    savedAt: draft.savedAt === null ? null : new Date(draft.savedAt).toISOString(),
    savedBy: draft.savedBy,
  };
}

type Publication = PublishOutcome | { kind: 'no-draft' };

export function registerContentStaffRoutes(scope: FastifyInstance, context: ContentStaffContext): void {
  const { content } = context;

  /**
   * Publishes what `source` gives (read inside the transaction; it may find no draft) as the next version, and clears
   * the target's draft when asked, all in one transaction; a refused publication writes nothing.
   */
  const publish = async (request: FastifyRequest, source: (tx: SqlExecutor) => Promise<PackSource | null>, clearDraft: boolean): Promise<Publication> => {
    const signer = await context.signer();
    const actor = context.staffName(request);
    try {
      return await content.driver.transaction(async (tx): Promise<Publication> => {
        const chosen = await source(tx);
        if (chosen === null) return { kind: 'no-draft' };
        const action = chosen.restoredFrom === null ? 'content-published' : 'content-rolled-back';
        const outcome = await publishInTransaction(tx, { content, auditLog: context.auditLog }, signer, chosen, { actor, at: context.now(), action });
        if (outcome.kind !== 'published') throw new PublicationRefused(outcome);
        if (clearDraft) await content.deleteDraft(storedTargetKey(chosen.target), tx);
        return outcome;
      });
    } catch (error) {
      if (error instanceof PublicationRefused) return error.outcome;
      throw error;
    }
  };

  const answerPublication = (reply: FastifyReply, outcome: Publication): FastifyReply => {
    switch (outcome.kind) {
      case 'published':
        return reply.code(201).send(publishedOf(outcome.version));
      case 'no-draft':
        return refuse(reply, 409, 'no-draft', 'there is no saved draft for this target to publish; save one first');
      case 'missing': {
        const problem: MissingTextsProblem = { error: 'missing-translations', missing: outcome.missing };
        return reply.code(422).send({ ...problem, message: `${outcome.missing.length} text(s) still lack a required language` });
      }
      case 'invalid':
        return refuse(reply, 422, 'invalid-pack', 'the pack does not match the content-pack schema', { issues: outcome.issues });
    }
  };

  const targetOfQuery = (request: FastifyRequest): PackTarget | null => {
    const query = targetQuerySchema.safeParse(request.query);
    return query.success ? parseTargetKey(query.data.target) : null;
  };
  const badTarget = (reply: FastifyReply) =>
    refuse(reply, 400, 'invalid-target', 'give ?target=all, ?target=mode:<kiosk | classroom | event> or ?target=site:<site label>');

  scope.get(CONTENT_PATHS.overview, async () => {
    const [latest, drafts, signer] = await Promise.all([content.latestPerTarget(), content.drafts(), context.signer()]);
    const targets = new Map<string, ContentOverviewTarget>();
    for (const version of latest) targets.set(version.targetKey, { target: packOf(version).target, published: publishedOf(version), hasDraft: false });
    for (const draft of drafts) {
      const key = storedTargetKey(draft.target);
      const known = targets.get(key);
      targets.set(key, known === undefined ? { target: draft.target, published: null, hasDraft: true } : { ...known, hasDraft: true });
    }
    const order = { all: 0, mode: 1, site: 2 } as const;
    const overview: ContentOverview = {
      targets: [...targets.values()].sort((a, b) => order[a.target.kind] - order[b.target.kind] || storedTargetKey(a.target).localeCompare(storedTargetKey(b.target))),
      keyId: signer.key.keyId,
    };
    return overview;
  });

  scope.get(CONTENT_PATHS.draft, async (request, reply) => {
    const target = targetOfQuery(request);
    if (target === null) return badTarget(reply);
    const key = storedTargetKey(target);
    const draft = await content.draft(key);
    if (draft !== null) return draftAnswer(draft);
    // No draft: start from what devices of this target get now, or, for a new mode or site, from the pack for all.
    const published = await content.latest(key);
    if (published !== null) {
      const pack = packOf(published);
      return draftAnswer({ target: pack.target, languages: pack.languages, content: pack.content, basedOnVersion: published.version, savedAt: null, savedBy: null });
    }
    const forAll = target.kind === 'all' ? null : await content.latest(storedTargetKey({ kind: 'all' }));
    if (forAll !== null) {
      const pack = packOf(forAll);
      return draftAnswer({ target, languages: pack.languages, content: pack.content, basedOnVersion: null, savedAt: null, savedBy: null });
    }
    return refuse(reply, 404, 'no-content', 'nothing is saved or published for this target yet; start from the pack built into the app');
  });

  scope.put(CONTENT_PATHS.draft, async (request, reply) => {
    const body = saveDraftRequestSchema.safeParse(request.body);
    if (!body.success) return refuse(reply, 400, 'invalid-draft', 'the draft does not match the content-pack schema (no field may be added)', { issues: issuesOf(body.error) });
    const saved = await content.saveDraft({ ...body.data, savedAt: context.now(), savedBy: context.staffName(request) });
    return draftAnswer(saved);
  });

  scope.post(CONTENT_PATHS.publish, async (request, reply) => {
    const body = publishRequestSchema.safeParse(request.body);
    if (!body.success) return refuse(reply, 400, 'invalid-request', 'send {"target": {"kind": "all"}} (or a mode or site target)', { issues: issuesOf(body.error) });
    const key = storedTargetKey(body.data.target);
    const outcome = await publish(
      request,
      async (tx) => {
        // Locked: a second publication of the same draft (another tab, another instance) waits and then finds none.
        const draft = await content.draft(key, tx, true);
        // The draft's target keeps the site label as staff typed it.
        return draft === null ? null : { target: draft.target, languages: draft.languages, content: draft.content, restoredFrom: null };
      },
      true,
    );
    return answerPublication(reply, outcome);
  });

  scope.post(CONTENT_PATHS.rollback, async (request, reply) => {
    const body = rollbackRequestSchema.safeParse(request.body);
    if (!body.success) return refuse(reply, 400, 'invalid-request', 'send {"target": {...}, "version": <published version>}', { issues: issuesOf(body.error) });
    const old = await content.version(body.data.version);
    if (old === null) return refuse(reply, 404, 'unknown-version', `version ${body.data.version} was never published`);
    if (old.targetKey !== storedTargetKey(body.data.target)) {
      return refuse(reply, 409, 'other-target', `version ${body.data.version} was published for other devices; roll back within one target`);
    }
    const pack = packOf(old);
    // The draft, if any, stays: it is staff's work in progress.
    const outcome = await publish(request, async () => ({ target: pack.target, languages: pack.languages, content: pack.content, restoredFrom: old.version }), false);
    return answerPublication(reply, outcome);
  });

  scope.get(CONTENT_PATHS.history, async (request, reply) => {
    const target = targetOfQuery(request);
    if (target === null) return badTarget(reply);
    const history: PublishedVersion[] = (await content.history(storedTargetKey(target))).map(publishedOf);
    return history;
  });

  scope.get(`${CONTENT_PATHS.versions}/:version`, async (request, reply) => {
    const params = versionParamsSchema.safeParse(request.params);
    const version = params.success ? await content.version(Number(params.data.version)) : null;
    if (version === null) return refuse(reply, 404, 'unknown-version', 'no such published version');
    return packOf(version);
  });

  scope.get(CONTENT_PATHS.file, async (request, reply) => {
    const target = targetOfQuery(request);
    if (target === null) return badTarget(reply);
    const latest = await content.latest(storedTargetKey(target));
    if (latest === null) return refuse(reply, 404, 'nothing-published', 'nothing is published for this target yet');
    const fileName = `biotech-content-${targetFileSlug(packOf(latest).target)}-v${latest.version}.json`;
    const signed: SignedPack = { format: SIGNED_PACK_FORMAT, keyId: latest.keyId, payload: latest.payload, signature: latest.signature };
    return reply
      .code(200)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(JSON.stringify(signed));
  });
}

