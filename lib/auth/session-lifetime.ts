import { type Env, env } from '@/lib/env';

export interface SessionLifetime {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in. */
  maxMs: number;
}

const HOUR_MS = 3_600_000;

/** How long sessions last: KENSA_SESSION_IDLE_HOURS (12) unused, KENSA_SESSION_MAX_HOURS (168) in all. */
export function sessionLifetime(
  config: Pick<Env, 'KENSA_SESSION_IDLE_HOURS' | 'KENSA_SESSION_MAX_HOURS'> = env(),
): SessionLifetime {
  return {
    idleMs: config.KENSA_SESSION_IDLE_HOURS * HOUR_MS,
    maxMs: config.KENSA_SESSION_MAX_HOURS * HOUR_MS,
  };
}

/** The sessions that have ended by `now`, as a Prisma filter (by the settings in force, not those at sign-in). */
export function endedSessions(now: Date, lifetime: SessionLifetime) {
  return {
    OR: [
      { expiresAt: { lte: now } },
      { lastSeenAt: { lte: new Date(now.getTime() - lifetime.idleMs) } },
      { createdAt: { lte: new Date(now.getTime() - lifetime.maxMs) } },
    ],
  };
}

/** Whether one session has ended by `now`: the same rule as `endedSessions`, for a row in hand. */
export function hasEnded(
  session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date },
  now: Date,
  lifetime: SessionLifetime,
): boolean {
  const at = now.getTime();
  return (
    session.expiresAt.getTime() <= at ||
    session.lastSeenAt.getTime() + lifetime.idleMs <= at ||
    session.createdAt.getTime() + lifetime.maxMs <= at
  );
}
