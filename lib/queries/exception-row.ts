import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { type ExceptionState, exceptionState } from '@/lib/compliance/exception-window';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { prisma } from '@/lib/db';
import type { Day } from '@/lib/history/day-of';
import { visibleDomainsSql } from './visible';

/** Exceptions listed at most by one read. */
const LISTED = 500;

/** One comply-or-explain exception as lists, the API and the e-mails show it. */
export interface ExceptionItem {
  id: string;
  profileId: string;
  profileName: { en: string; ja: string };
  requirement: string;
  /** From the profile's latest version; null if that version no longer has the requirement. */
  requirementTitle: { en: string; ja: string } | null;
  subject:
    | { kind: 'domain'; id: string; ascii: string; unicode: string }
    | { kind: 'group'; id: string; name: string };
  justification: string;
  startsOn: Day;
  expiresOn: Day;
  state: ExceptionState;
  requestedBy: { id: string; label: string } | null;
  approvedBy: { id: string; label: string } | null;
  approvedOn: Day | null;
  revokedOn: Day | null;
}

interface Row {
  id: string;
  profile_id: string;
  definition: unknown;
  requirement: string;
  domain_id: string | null;
  ascii: string | null;
  unicode: string | null;
  group_id: string | null;
  group_name: string | null;
  justification: string;
  starts_on: string;
  expires_on: string;
  status: 'pending' | 'approved' | 'revoked';
  approved_on: string | null;
  revoked_on: string | null;
  requested_by_id: string | null;
  requested_by: string | null;
  approved_by_id: string | null;
  approved_by: string | null;
}

/**
 * Reads exceptions matching `where` (a condition on `x`) that the viewer may see: a group's own, for
 * a viewer of that group; a domain's, for a viewer who sees the domain. Ordered by expiry.
 */
export async function readExceptions(
  viewer: Viewer,
  where: Prisma.Sql,
  today: Day,
): Promise<ExceptionItem[]> {
  const visible =
    viewer.groupIds === null
      ? Prisma.sql`true`
      : Prisma.sql`(x.group_id::text = ANY(${viewer.groupIds}::text[])
          OR (x.domain_id IS NOT NULL AND ${visibleDomainsSql(viewer, Prisma.sql`x.domain_id`)}))`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT x.id::text, x.profile_id::text, v.definition, x.requirement, x.domain_id::text, d.ascii, d.unicode,
      x.group_id::text, g.name AS group_name, x.justification, x.starts_on::text, x.expires_on::text,
      x.status::text, x.approved_on::text, x.revoked_on::text,
      ru.id::text AS requested_by_id, coalesce(ru.name, ru.email) AS requested_by,
      au.id::text AS approved_by_id, coalesce(au.name, au.email) AS approved_by
    FROM compliance_exceptions x
    JOIN LATERAL (
      SELECT definition FROM compliance_profile_versions WHERE profile_id = x.profile_id ORDER BY version DESC LIMIT 1
    ) v ON true
    LEFT JOIN domains d ON d.id = x.domain_id
    LEFT JOIN groups g ON g.id = x.group_id
    LEFT JOIN users ru ON ru.id = x.requested_by_id
    LEFT JOIN users au ON au.id = x.approved_by_id
    WHERE ${visible} AND ${where}
    ORDER BY x.expires_on, x.id
    LIMIT ${LISTED}`;
  return rows.map((row) => toItem(row, today));
}

/** The exceptions that bear on a group: its own, and its current members'. */
export function ofGroupSql(groupId: string): Prisma.Sql {
  return Prisma.sql`(x.group_id = ${groupId}::uuid OR x.domain_id IN (
    SELECT m.domain_id FROM domain_groups m WHERE m.group_id = ${groupId}::uuid AND m.until_day IS NULL))`;
}

function toItem(row: Row, today: Day): ExceptionItem {
  const definition = profileDefinitionSchema.parse(row.definition);
  const person = (id: string | null, label: string | null) => (id && label ? { id, label } : null);
  return {
    id: row.id,
    profileId: row.profile_id,
    profileName: definition.name,
    requirement: row.requirement,
    requirementTitle: definition.requirements.find((r) => r.id === row.requirement)?.title ?? null,
    subject:
      row.domain_id !== null
        ? { kind: 'domain', id: row.domain_id, ascii: row.ascii ?? '', unicode: row.unicode ?? '' }
        : { kind: 'group', id: row.group_id ?? '', name: row.group_name ?? '' },
    justification: row.justification,
    startsOn: row.starts_on,
    expiresOn: row.expires_on,
    state: exceptionState(
      { status: row.status, startsOn: row.starts_on, expiresOn: row.expires_on, approvedOn: row.approved_on },
      today,
    ),
    requestedBy: person(row.requested_by_id, row.requested_by),
    approvedBy: person(row.approved_by_id, row.approved_by),
    approvedOn: row.approved_on,
    revokedOn: row.revoked_on,
  };
}
