import type { MxAudit } from './audit-mx';

/**
 * Whether the domain certainly takes mail at MX hosts (MX records read, no Null MX): only then do
 * MTA-STS and TLS-RPT, which protect incoming mail, have a job to do.
 */
export function receivesMail(mx: MxAudit): boolean {
  return mx.status === 'complete' && mx.records.length > 0 && !mx.nullMx;
}
