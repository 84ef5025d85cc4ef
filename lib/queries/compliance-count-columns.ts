import { Prisma } from '@/generated/prisma/client';

/**
 * compliance_rollups' count columns named as ComplianceCounts' fields: the one way every reader
 * selects them, so a count added to the rollups (as `exempted` was) reaches them all.
 */
export const COMPLIANCE_COUNT_COLUMNS = Prisma.sql`domains, compliant, not_compliant AS "notCompliant", unknown,
  not_applicable AS "notApplicable", exempted`;
