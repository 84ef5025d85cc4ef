import type { TemporaryFailure } from '../dns/types';
import { isTemporary, type MxRecord, type Resolver } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';

export interface MxAudit {
  status: 'complete' | 'partial';
  /** Sorted by preference, then exchange. */
  records: MxRecord[];
  /** A Null MX ("0 .", RFC 7505 §3) is published: the domain accepts no mail. */
  nullMx: boolean;
  temporaryFailures: TemporaryFailure[];
  findings: Finding<FindingId>[];
}

/** Reads the MX records of a domain and checks them against RFC 7505 (Null MX). */
export async function auditMx(domain: string, resolver: Resolver): Promise<MxAudit> {
  const answer = await resolver.query(domain, 'MX');
  if (isTemporary(answer.outcome)) {
    const { name, type, outcome } = answer;
    return {
      status: 'partial',
      records: [],
      nullMx: false,
      temporaryFailures: [{ name, type, outcome }],
      findings: [],
    };
  }
  const records = [...answer.records].sort(
    (a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange),
  );
  // The target "." is what makes a Null MX; RFC 7505 §3 also asks for preference 0, which we do not
  // insist on: a receiver cannot deliver to "." whatever its preference.
  const nullMx = records.some((record) => record.exchange === '');
  const findings: Finding<FindingId>[] = [];
  if (records.length === 0) {
    // RFC 5321 §5.1: without MX, senders fall back to the domain's own A/AAAA ("implicit MX").
    findings.push(makeFinding('mx.none', { outcome: answer.outcome }));
  } else if (nullMx && records.length > 1) {
    const exchanges = records.map((record) => `${record.preference} ${record.exchange || '.'}`);
    findings.push(makeFinding('mx.null-mx-with-other', { records: exchanges }, exchanges.join(', ')));
  }
  return { status: 'complete', records, nullMx, temporaryFailures: [], findings };
}
