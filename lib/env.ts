import { z } from 'zod';
import { isTimeZone } from '@/audit/time-zone';
import { parseWebhookAllow } from '@/lib/alerts/webhook-allow-list';
import { SSO_ENV, ssoEnvProblems } from '@/lib/env-sso';

/** Host names, addresses and CIDR networks, comma-separated (lib/alerts/webhook-allow-list.ts). */
const allowListSchema = z
  .string()
  .optional()
  .superRefine((text, context) => {
    const parsed = parseWebhookAllow(text);
    if (!parsed.ok)
      context.addIssue({
        code: 'custom',
        message: `must list host names, addresses or CIDR networks; cannot read ${parsed.bad.join(', ')}`,
      });
  });

/**
 * Every environment variable Kensa reads, validated once at start-up (instrumentation.ts for the
 * web app, workers/main.ts for workers). A missing or malformed variable stops the process with a
 * message that names it.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'is required (e.g. postgresql://kensa@127.0.0.1:5432/kensa)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  REDIS_URL: z
    .string({ error: 'is required (e.g. redis://127.0.0.1:6379)' })
    .regex(/^rediss?:\/\//, 'must be a redis:// URL'),
  /** Comma-separated HOST[:PORT] list of recursive resolvers; empty = the system's (/etc/resolv.conf). */
  KENSA_DNS_SERVERS: z.string().optional(),
  /** Creates the first admin at start-up when no account has this e-mail yet. */
  KENSA_ADMIN_EMAIL: z.email().optional(),
  KENSA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Password sign-in and SSO (OpenID Connect): lib/env-sso.ts. */
  ...SSO_ENV,
  /** Domains audited at once by one worker process (across the chunks it holds). */
  KENSA_SCAN_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(16),
  /** Domains per scan job: a run of N domains is ceil(N / chunk) jobs, each claimed with one statement. */
  KENSA_SCAN_CHUNK: z.coerce.number().int().min(1).max(5000).default(250),
  /** Results stored per transaction: a chunk's results are written in batches of at most this many. */
  KENSA_SCAN_BATCH: z.coerce.number().int().min(1).max(5000).default(250),
  /** Cap on DNS queries per second per worker process; 0 = no cap. */
  KENSA_DNS_QPS: z.coerce.number().int().min(0).default(0),
  /** Per-try timeout of one DNS query, UDP and TCP alike. */
  KENSA_DNS_TIMEOUT_MS: z.coerce.number().int().min(50).default(2000),
  /** Tries per DNS query (and server) before it counts as a temporary failure. */
  KENSA_DNS_TRIES: z.coerce.number().int().min(1).max(10).default(3),
  /** DNS queries on the wire at once per worker process (the client's window, over 4 sockets per server). */
  KENSA_DNS_WINDOW: z.coerce.number().int().min(1).max(4096).default(256),
  /**
   * How queries reach the resolvers: "udp" (default; TCP only for truncated replies) or "tcp": every
   * query over 4 pipelined TCP connections per server (RFC 7766 §6.2.1.1), less CPU per query.
   */
  KENSA_DNS_TRANSPORT: z.enum(['udp', 'tcp']).default('udp'),
  /**
   * The resolvers of KENSA_DNS_SERVERS validate DNSSEC: their AD bit is read as the verdict, and CD
   * tells bogus from a failing server. "false" (default): DNSSEC states are unknown.
   */
  KENSA_DNS_VALIDATING: z.enum(['true', 'false']).default('false'),
  /** Probe each MX host's STARTTLS on port 25 (off by default: OP25B blocks port 25 on many networks). */
  KENSA_SMTP_PROBE: z.enum(['true', 'false']).default('false'),
  /** SMTP connections per scan run and worker process; hosts past it are "not probed". */
  KENSA_SMTP_PROBE_MAX: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  /** The whole SMTP conversation with one MX host: connect, EHLO, STARTTLS, handshake. */
  KENSA_SMTP_PROBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** The port probed; 25 but for tests. */
  KENSA_SMTP_PROBE_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  /** Non-public MX addresses the probe may connect to (as KENSA_WEBHOOK_ALLOW); others are refused. */
  KENSA_SMTP_PROBE_ALLOW: allowListSchema,
  /** Attempts per scan chunk job; a domain that failed temporarily (DNS, crash) is retried until they run out. */
  KENSA_SCAN_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** First retry delay of a scan job; each further retry waits twice as long. */
  KENSA_SCAN_BACKOFF_MS: z.coerce.number().int().min(0).default(5000),
  /** How long a worker's claim on a job lasts without renewal; a killed worker's jobs return after it. */
  KENSA_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often a worker checks for unfinished runs whose jobs were lost, and re-syncs group schedules. */
  KENSA_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  /** IANA zone of the history's calendar days and of every time shown (lib/i18n/format.ts). */
  KENSA_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Tokyo')
    .default('Asia/Tokyo'),
  /** The address people reach Kensa at; links in alert mails and the OpenAPI document use it. */
  KENSA_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  /** Requests per minute one API token (or signed-in user) may make to /api/v1 before 429. */
  KENSA_API_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Where alert mails go out, e.g. smtp://user:pass@mail.example.jp:587; unset = no e-mail alerts. */
  KENSA_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /**
   * A PEM file of CA certificates trusted for IMAP servers in addition to the system's (an
   * internal CA); the server's certificate is verified either way (lib/mailboxes/imap-trust.ts).
   */
  KENSA_IMAP_CA_FILE: z.string().min(1).optional(),
  /** The From: of alert mails. */
  KENSA_ALERT_FROM: z.string().min(3).default('Kensa <kensa@localhost>'),
  /** Attempts per alert delivery (mail or webhook) before it is marked failed. */
  KENSA_ALERT_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** First retry delay of an alert delivery; each further retry waits twice as long. */
  KENSA_ALERT_BACKOFF_MS: z.coerce.number().int().min(0).default(30_000),
  /** How long a webhook call may take before it counts as failed (and is retried). */
  KENSA_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * Internal webhook targets Kensa may call (comma-separated host names, addresses, CIDR networks);
   * every other loopback, private, link-local… address is refused (lib/alerts/webhook-guard.ts).
   */
  KENSA_WEBHOOK_ALLOW: allowListSchema,
  /**
   * Fetch MTA-STS policies and BIMI logos over HTTPS during scans (audit/https/): "false" reads only
   * their TXT records and marks those checks skipped. On by default: without the policy MTA-STS
   * cannot be judged at all, and the fetch goes only to public addresses the domain's DNS names.
   */
  KENSA_MTA_STS_FETCH: z.enum(['true', 'false']).default('true'),
  /** Whole time one policy or logo fetch may take (connection to last byte); slower is unknown, not missing. */
  KENSA_MTA_STS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** The port policies and logos are fetched from; 443 but for the demo and tests. */
  KENSA_MTA_STS_PORT: z.coerce.number().int().min(1).max(65535).default(443),
  /** Non-public addresses the fetch may connect to (as KENSA_WEBHOOK_ALLOW; the demo's loopback server). */
  KENSA_MTA_STS_ALLOW: allowListSchema,
  /** The Chromium that prints PDF reports. */
  KENSA_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** PDFs printed at once per web process; more wait their turn. */
  KENSA_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /**
   * Superseded by KENSA_PUBLIC_URL: an https:// address makes the session cookie Secure and
   * `__Host-`-named. Still honoured: "true" forces that where the public URL says http.
   */
  KENSA_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  /** A session unused this long ends (its last use is recorded at most once a minute). */
  KENSA_SESSION_IDLE_HOURS: z.coerce.number().positive().max(8760).default(12),
  /** A session ends this long after sign-in, however busy. */
  KENSA_SESSION_MAX_HOURS: z.coerce.number().positive().max(8760).default(168),
  /**
   * Reverse proxies in front of the web app that append the client's address to X-Forwarded-For;
   * 0 = browsers connect to Next.js directly (lib/auth/client-address.ts).
   */
  KENSA_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Argon2id hashes computed at once per web process (each holds 19 MiB and a core). */
  KENSA_PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /**
   * At least 32 random bytes, base64 (`openssl rand -base64 32`): keys derived from it (HKDF) seal
   * secrets stored in the database — today the MFA TOTP secrets (lib/crypto/secret-box.ts).
   */
  KENSA_SECRET_KEY: z
    .string()
    .optional()
    .refine(
      (text) => text === undefined || Buffer.from(text, 'base64').length >= 32,
      'must be at least 32 random bytes in base64 (openssl rand -base64 32)',
    ),
  /** Days audit log entries are kept; a daily worker job deletes older ones (lib/audit-log/purge-audit-events.ts). */
  KENSA_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
  /**
   * Days the Message-ID digests of received mail are kept to count a message read twice once; a daily
   * worker job deletes older ones (lib/received-mail/purge-seen-messages.ts). The statistics stay.
   */
  KENSA_MAIL_DIGEST_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; throws an Error naming each bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Kensa cannot start: invalid environment\n${lines.join('\n')}`);
  }
  const { KENSA_ADMIN_EMAIL, KENSA_ADMIN_PASSWORD } = parsed.data;
  if (Boolean(KENSA_ADMIN_EMAIL) !== Boolean(KENSA_ADMIN_PASSWORD)) {
    throw new Error('Kensa cannot start: set KENSA_ADMIN_EMAIL and KENSA_ADMIN_PASSWORD together');
  }
  const sso = ssoEnvProblems(parsed.data);
  if (sso.length > 0) throw new Error(`Kensa cannot start: invalid environment\n${sso.join('\n')}`);
  cached = parsed.data;
  return cached;
}
