import { z } from 'zod';

/**
 * On the `maintenance` queue: deletes the Message-ID digests of received mail (mail_seen_messages)
 * past KENSA_MAIL_DIGEST_RETENTION_DAYS, daily, after the audit log purge.
 */
export const PURGE_MAIL_DIGESTS_JOB = 'purge-mail-digests';

/** Nothing to carry: the handler reads the retention from the environment. */
export const purgeMailDigestsPayload = z.object({}).strict();

export const MAIL_DIGEST_PURGE_SCHEDULER_ID = 'mail-digest-purge';

/** Daily at 03:45 on the users' clock, a quarter of an hour after the audit log purge. */
export const MAIL_DIGEST_PURGE_PATTERN = '45 3 * * *';
