import { ADOPTION_OPERATIONS } from './adoption-operations';
import { ALERT_OPERATIONS } from './alert-operations';
import type { ApiOperation } from './api-operation';
import { AUDIT_EVENT_OPERATIONS } from './audit-event-operations';
import { COMPARISON_OPERATIONS } from './comparison-operations';
import { COMPLIANCE_OPERATIONS } from './compliance-operations';
import { DMARC_REPORT_OPERATIONS } from './dmarc-report-operations';
import { DOMAIN_OPERATIONS } from './domain-operations';
import { EXCEPTION_OPERATIONS } from './exception-operations';
import { EXPORT_OPERATIONS } from './export-operations';
import { FINDING_OPERATIONS } from './finding-operations';
import { GROUP_OPERATIONS } from './group-operations';
import { GROUP_OWNER_OPERATIONS } from './group-owner-operations';
import { IMPORT_OPERATIONS } from './import-operations';
import { MAIL_SOURCE_OPERATIONS } from './mail-source-operations';
import { MAILBOX_OPERATIONS } from './mailbox-operations';
import { RECEIVED_MAIL_OPERATIONS } from './received-mail-operations';
import { REPORT_OPERATIONS } from './report-operations';
import { SCAN_RUN_OPERATIONS } from './scan-run-operations';
import { TARGET_OPERATIONS } from './target-operations';
import { TOKEN_OPERATIONS } from './token-operations';
import { USER_OPERATIONS } from './user-operations';

/**
 * Every /api/v1 operation, for the OpenAPI document. Each area keeps its operations in its own
 * `*-operations.ts`; a test checks that this list and the route files under app/api/v1 agree.
 */
export const ALL_OPERATIONS: readonly ApiOperation[] = [
  ...TOKEN_OPERATIONS,
  ...DOMAIN_OPERATIONS,
  ...GROUP_OPERATIONS,
  ...GROUP_OWNER_OPERATIONS,
  ...COMPLIANCE_OPERATIONS,
  ...EXCEPTION_OPERATIONS,
  ...TARGET_OPERATIONS,
  ...COMPARISON_OPERATIONS,
  ...SCAN_RUN_OPERATIONS,
  ...IMPORT_OPERATIONS,
  ...FINDING_OPERATIONS,
  ...ADOPTION_OPERATIONS,
  ...RECEIVED_MAIL_OPERATIONS,
  ...EXPORT_OPERATIONS,
  ...REPORT_OPERATIONS,
  ...ALERT_OPERATIONS,
  ...AUDIT_EVENT_OPERATIONS,
  ...USER_OPERATIONS,
  ...DMARC_REPORT_OPERATIONS,
  ...MAIL_SOURCE_OPERATIONS,
  ...MAILBOX_OPERATIONS,
];
