import { ACCOUNT_MESSAGES } from './messages-account';
import { ALERTS_MESSAGES } from './messages-alerts';
import { API_TOKENS_MESSAGES } from './messages-api-tokens';
import { AUDIT_MESSAGES } from './messages-audit';
import { AUTH_MESSAGES } from './messages-auth';
import { COMPARISON_MESSAGES } from './messages-comparison';
import { COMPLIANCE_MESSAGES } from './messages-compliance';
import { CORE_MESSAGES } from './messages-core';
import { DMARC_MESSAGES } from './messages-dmarc';
import { DMARC_REPORTS_MESSAGES } from './messages-dmarc-reports';
import { DOMAINS_MESSAGES } from './messages-domains';
import { EXCEPTIONS_MESSAGES } from './messages-exceptions';
import { EXPORTS_MESSAGES } from './messages-exports';
import { FINDINGS_MESSAGES } from './messages-findings';
import { GROUPS_MESSAGES } from './messages-groups';
import { IMPORT_MESSAGES } from './messages-import';
import { MAIL_SOURCES_MESSAGES } from './messages-mail-sources';
import { MAILBOXES_MESSAGES } from './messages-mailboxes';
import { METRICS_MESSAGES } from './messages-metrics';
import { MFA_MESSAGES } from './messages-mfa';
import { OVERVIEW_MESSAGES } from './messages-overview';
import { OWNERS_MESSAGES } from './messages-owners';
import { RECEIVED_MAIL_MESSAGES } from './messages-received-mail';
import { REPORTS_MESSAGES } from './messages-reports';
import { SCORECARD_MESSAGES } from './messages-scorecard';
import { SSO_MESSAGES } from './messages-sso';
import { TARGETS_MESSAGES } from './messages-targets';
import { TRANSPORT_MESSAGES } from './messages-transport';
import { TRANSPORT_SECURITY_MESSAGES } from './messages-transport-security';
import { USERS_MESSAGES } from './messages-users';

/**
 * Every UI string in both languages, one file per area. Keys are flat and grouped by page;
 * `{name}` marks a value. Findings texts live in the catalog (audit/findings/catalog.ts).
 */
export const MESSAGES = {
  ...CORE_MESSAGES,
  ...METRICS_MESSAGES,
  ...AUTH_MESSAGES,
  ...SSO_MESSAGES,
  ...DOMAINS_MESSAGES,
  ...SCORECARD_MESSAGES,
  ...TRANSPORT_MESSAGES,
  ...DMARC_MESSAGES,
  ...DMARC_REPORTS_MESSAGES,
  ...OVERVIEW_MESSAGES,
  ...RECEIVED_MAIL_MESSAGES,
  ...FINDINGS_MESSAGES,
  ...GROUPS_MESSAGES,
  ...COMPLIANCE_MESSAGES,
  ...EXCEPTIONS_MESSAGES,
  ...TARGETS_MESSAGES,
  ...COMPARISON_MESSAGES,
  ...OWNERS_MESSAGES,
  ...IMPORT_MESSAGES,
  ...REPORTS_MESSAGES,
  ...ALERTS_MESSAGES,
  ...API_TOKENS_MESSAGES,
  ...EXPORTS_MESSAGES,
  ...AUDIT_MESSAGES,
  ...USERS_MESSAGES,
  ...MAILBOXES_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...MFA_MESSAGES,
  ...MAIL_SOURCES_MESSAGES,
  ...TRANSPORT_SECURITY_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = 'en' | 'ja';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
