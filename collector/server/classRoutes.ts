// Class codes over HTTP. Public: POST /v1/classes/join, where a pupil's browser exchanges the code from its lesson
// link for a device of its own (id and short-lived token, the enrolment machinery of enrolmentRoutes.ts, with the
// collector's public content key), limited per client like enrolment. Staff (dashboard session and CSRF, registered inside the dashboard's scope): create,
// list and revoke codes, and classroom reach per school and class. Creating and revoking are written to the audit log.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ContentKey } from '../../common/content/signedPack';
import { deviceConfigSchema } from '../../common/config/deviceConfig';
import { classReachReport } from '../reports/classReach';
import type { ClassCodeSummary } from '../reports/types';
import type { RateLimitSettings } from '../settings';
import { deviceTokenHash, newClassCode, newDeviceId, newDeviceToken, normaliseClassCode } from '../security/secrets';
import type { AuditAction } from '../storage/auditLog';
import { type ClassCode, ClassCodeStore } from '../storage/classCodes';
import type { CollectorStore } from '../storage/collectorStore';
import { hubDayBounds, hubDayOf } from '../storage/hubDay';
import { tooManyRequests } from './problems';
import { RateLimiter } from './rateLimiter';

/**
 * Joins per client address: a whole class behind one school address joins within a minute or so (the browsers
 * retry after Retry-After), while a guesser gets 60 tries a minute at a 50-bit code valid for one day.
 */
export const CLASS_JOIN_RATE_PER_CLIENT: RateLimitSettings = { perMinute: 60, burst: 40 };
/** A class code's device limit: a class and its teacher, or two classes joined for a lesson. */
export const MAX_CLASS_DEVICES = 60;
/** How far ahead staff may prepare a code (a term). */
const MAX_DAYS_AHEAD = 120;

/** A class name such as "2B", "5e secondaire", "Rhéto sciences": a group, never a person. */
const classLabelSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N} .,'()&/+-]+$/u);

const createSchema = z.strictObject({
  school: deviceConfigSchema.shape.siteLabel,
  classLabel: classLabelSchema,
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  maxDevices: z.int().min(1).max(MAX_CLASS_DEVICES),
});
const joinSchema = z.strictObject({ code: z.string().max(64) });
const classParams = z.strictObject({ classId: z.string().regex(/^[0-9a-f-]{36}$/) });

/** "7KQ4M9X2TB" as people read it: "7KQ4-M9X2-TB". */
function shown(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

function summary(classCode: ClassCode): ClassCodeSummary {
  const { code, createdAt: _createdAt, ...rest } = classCode;
  return { ...rest, code: shown(code) };
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export function registerClassJoinRoute(app: FastifyInstance, store: CollectorStore, contentKey: () => Promise<ContentKey>, now: () => number): void {
  const classes = new ClassCodeStore(store.driver);
  const limiter = new RateLimiter(CLASS_JOIN_RATE_PER_CLIENT);

  app.post('/v1/classes/join', async (request, reply) => {
    const limit = limiter.take(request.ip, now());
    if (!limit.allowed) return tooManyRequests(reply, limit.retryAfterSeconds, 'class joins from this address');
    const body = joinSchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'invalid-request', message: 'send {"code": "<class code>"}' });
    const code = normaliseClassCode(body.data.code);
    if (code === null) {
      return reply.code(400).send({ error: 'malformed-code', message: 'a class code has 10 letters and digits, e.g. 7KQ4-M9X2-TB' });
    }
    // Read (or created) before a place of the class is taken: a failure here leaves the place free.
    const key = await contentKey();
    const deviceId = newDeviceId();
    const deviceToken = newDeviceToken();
    const at = now();
    const outcome = await classes.join(code, at, deviceId, deviceTokenHash(deviceToken));
    switch (outcome.kind) {
      case 'joined': {
        const { classId, school, classLabel, expiresAt } = outcome.classCode;
        request.log.info({ deviceId, classId }, 'class device joined');
        return reply.code(201).send({ deviceId, deviceToken, siteLabel: school, school, classLabel, expiresAt: iso(expiresAt), contentKey: key });
      }
      case 'unknown':
        return reply.code(401).send({ error: 'unknown-code', message: 'this class code is not known; check it with the teacher' });
      case 'revoked':
        return reply.code(410).send({ error: 'code-revoked', message: `this class code was revoked at ${iso(outcome.revokedAt)}; ask for a new one` });
      case 'expired':
        return reply.code(410).send({ error: 'code-expired', message: `this class code expired at ${iso(outcome.expiredAt)}; ask for a new one` });
      case 'not-yet-valid':
        return reply.code(409).send({ error: 'code-not-yet-valid', message: `this class code is valid from ${iso(outcome.validFrom)}`, validFrom: iso(outcome.validFrom) });
      case 'full':
        return reply.code(409).send({
          error: 'class-full',
          message: `this class code is already used by ${outcome.maxDevices} devices, its limit; staff can create another code`,
          maxDevices: outcome.maxDevices,
        });
    }
  });
}

export interface ClassStaffContext {
  readonly now: () => number;
  readonly audit: (request: FastifyRequest, action: AuditAction, subject: string) => Promise<void>;
  readonly staffName: (request: FastifyRequest) => string;
}

function refuse(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply.code(status).send({ error, message });
}

/** Staff routes; `scope` already demands a staff session (and the CSRF token for POST). */
export function registerClassStaffRoutes(scope: FastifyInstance, store: CollectorStore, context: ClassStaffContext): void {
  const classes = new ClassCodeStore(store.driver);

  scope.get('/api/classes', async () => {
    const codes = await classes.list();
    return codes.map(summary);
  });

  scope.post('/api/classes', async (request, reply) => {
    const body = createSchema.safeParse(request.body);
    if (!body.success) {
      const field = String(body.error.issues[0]?.path[0] ?? 'request');
      return refuse(reply, 400, `invalid-${field}`, `${field}: school and class are names of letters and digits (no person's name), day is YYYY-MM-DD, maxDevices 1 to ${MAX_CLASS_DEVICES}`);
    }
    const { school, classLabel, day, maxDevices } = body.data;
    const bounds = hubDayBounds(day);
    const now = context.now();
    const today = hubDayOf(now);
    const lastDay = hubDayOf(now + MAX_DAYS_AHEAD * 86_400_000);
    if (bounds === null || day < today || day > lastDay) {
      return refuse(reply, 400, 'invalid-day', `the day must be a date from today (${today}) to ${lastDay}`);
    }
    const classCode: ClassCode = {
      classId: newDeviceId(),
      code: normaliseClassCode(newClassCode())!,
      school,
      classLabel,
      day,
      validFrom: bounds.start,
      expiresAt: bounds.end,
      maxDevices,
      usedDevices: 0,
      createdAt: now,
      createdBy: context.staffName(request),
      revokedAt: null,
    };
    await classes.create(classCode);
    await context.audit(request, 'class-code-created', `${school} / ${classLabel} / ${day}`);
    return reply.code(201).send(summary(classCode));
  });

  scope.post('/api/classes/:classId/revoke', async (request, reply) => {
    const params = classParams.safeParse(request.params);
    if (!params.success) return refuse(reply, 404, 'unknown-class-code', 'no such class code');
    const revoked = await classes.revoke(params.data.classId, context.now());
    if (revoked === null) return refuse(reply, 404, 'unknown-class-code', 'no such class code');
    await context.audit(request, 'class-code-revoked', `${revoked.school} / ${revoked.classLabel} / ${revoked.day}`);
    return reply.code(204).send();
  });

  scope.get('/api/reports/classes', async () => {
    await store.foldRollups();
    return classReachReport(await classes.reach());
  });
}
