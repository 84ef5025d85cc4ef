import { z } from 'zod';
import { isDay } from '@/lib/history/day-of';

/** Blank form fields mean "any": the page's GET form sends every field, empty or not. */
const blankToAbsent = <T>(value: T) => (value === '' ? undefined : value);

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^([a-z0-9][a-z0-9.-]*)?$/, 'lower-case letters, digits, "." and "-"');
const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true }), z.literal('')]);

/**
 * The audit log's filters, as the page's URL and GET /api/v1/audit-events take them. Each one
 * narrows the list; `from` and `to` take a day (YYYY-MM-DD on KENSA_TIME_ZONE's calendar, whole
 * days, both ends included) or an ISO 8601 instant.
 */
export const auditEventFilter = z.object({
  actor: z
    .string()
    .trim()
    .max(320)
    .optional()
    .transform(blankToAbsent)
    .describe("An e-mail address (the person, or a token's creator), a user id or an API token id"),
  action: slug
    .optional()
    .transform(blankToAbsent)
    .describe('Actions starting with this: "domain." for every domain change, "domain.archive" for one kind'),
  targetType: slug
    .optional()
    .transform(blankToAbsent)
    .describe('domain, group, scan-run, alert-rule, report, api-token, import…'),
  targetId: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform(blankToAbsent)
    .describe('The id of the thing changed'),
  from: dayOrInstant.optional().transform(blankToAbsent).describe('From this day or instant on'),
  to: dayOrInstant.optional().transform(blankToAbsent).describe('Up to this day (included) or instant'),
});

/** Absent and undefined alike mean "any". */
export type AuditEventFilter = Partial<z.output<typeof auditEventFilter>>;

/**
 * The filters of the page's URL. A malformed value is dropped, as the other tables do (its field then
 * shows empty), and so is an instant in `from`/`to`, which the page's date fields could not show.
 * The API refuses a malformed value instead (400), so a script never gets more than it asked for.
 */
export function readAuditEventFilter(
  params: Record<string, string | string[] | undefined>,
): AuditEventFilter {
  const filter: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(auditEventFilter.shape)) {
    const raw = params[key];
    const parsed = field.safeParse(Array.isArray(raw) ? raw[0] : raw);
    // The page's date fields hold days; an instant (an API-style URL) could not be shown in them.
    const dated = key === 'from' || key === 'to';
    if (parsed.success && !(dated && parsed.data && !isDay(parsed.data))) filter[key] = parsed.data;
  }
  return filter as AuditEventFilter;
}

/** The filters as URL parameters (absent ones left out), for links that keep them. */
export function auditEventFilterParams(filter: AuditEventFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params;
}
