import { readVersionedTxt } from '../dns/read-versioned-txt';
import type { Resolver } from '../dns/types';
import { clipText, EVIDENCE_TEXT_CHARS } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { MxAudit } from '../mx/audit-mx';
import { receivesMail } from '../mx/receives-mail';
import { parseTlsRptRecord, TLS_RPT_VERSION } from './parse-tls-rpt-record';
import type { TlsRptAudit } from './types';

/** Reads and checks the `_smtp._tls` TXT record (RFC 8460 §3). */
export async function auditTlsRpt(domain: string, resolver: Resolver, mx: MxAudit): Promise<TlsRptAudit> {
  const name = `_smtp._tls.${domain}`;
  const read = await readVersionedTxt(resolver, name, TLS_RPT_VERSION);
  if (!read.ok) return { status: 'partial', record: null, findings: [], temporaryFailures: [read.failure] };
  const records = read.records.map((text) => clipText(text, EVIDENCE_TEXT_CHARS));
  const base = { status: 'complete' as const, temporaryFailures: [] };
  if (records.length === 0)
    return {
      ...base,
      record: null,
      findings: receivesMail(mx) ? [makeFinding('tls-rpt.missing', { name })] : [],
    };
  if (records.length > 1)
    return {
      ...base,
      record: null,
      findings: [makeFinding('tls-rpt.multiple-records', { name, records }, `${records.length} at ${name}`)],
    };
  const raw = read.records[0] as string;
  const parsed = parseTlsRptRecord(raw);
  const record = {
    raw: clipText(raw, EVIDENCE_TEXT_CHARS),
    rua: parsed.rua.map((uri) => clipText(uri, 256)).slice(0, 10),
  };
  const errors = parsed.errors.slice(0, 5).map((error) => clipText(error, 200));
  const findings =
    errors.length > 0
      ? [makeFinding('tls-rpt.record-invalid', { name, record: record.raw, errors }, errors.join('; '))]
      : [];
  return { ...base, record, findings };
}
