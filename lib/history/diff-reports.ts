import type { AuditReport } from '@/audit/report';
import type { DomainEventKind, Prisma } from '@/generated/prisma/client';
import { spfAllPolicy, spfAllRank } from './spf-all-policy';

/** One change between two complete reports of a domain, as stored in domain_events. */
export interface DomainChange {
  kind: DomainEventKind;
  /** A finding id, a record kind ('spf', 'dmarc', 'mx', 'adsp', 'senderid'), a DKIM selector, or
   *  'dmarc' / 'dmarc-enforcing' / 'spf' for policy changes. Unique per kind within one scan. */
  subject: string;
  detail: Prisma.InputJsonObject;
}

const DISPOSITION_RANK = { missing: 0, none: 1, quarantine: 2, reject: 3 } as const;

/**
 * What changed from `previous` to `next`, both complete reports of the same domain (a partial one
 * would report as removed what it could not read). Pure; the caller stores the result.
 */
export function diffReports(previous: AuditReport, next: AuditReport): DomainChange[] {
  return [
    ...findingChanges(previous, next),
    ...recordChanges(previous, next),
    ...dkimChanges(previous, next),
    ...policyChanges(previous, next),
  ];
}

function findingsById(report: AuditReport): Map<string, AuditReport['findings']> {
  const byId = new Map<string, AuditReport['findings']>();
  for (const finding of report.findings) byId.set(finding.id, [...(byId.get(finding.id) ?? []), finding]);
  return byId;
}

// By id: a finding whose evidence changed (another include missing) is the same finding still open.
function findingChanges(previous: AuditReport, next: AuditReport): DomainChange[] {
  const before = findingsById(previous);
  const after = findingsById(next);
  const detail = (findings: AuditReport['findings']) => ({
    severity: findings[0]?.severity ?? 'info',
    instances: findings.map((f) => ({ message: f.message, evidence: f.evidence })),
  });
  const changes: DomainChange[] = [];
  for (const [id, findings] of after)
    if (!before.has(id)) changes.push({ kind: 'finding_appeared', subject: id, detail: detail(findings) });
  for (const [id, findings] of before)
    if (!after.has(id)) changes.push({ kind: 'finding_resolved', subject: id, detail: detail(findings) });
  return changes;
}

type RecordValue = string | string[] | null;

function recordValues(report: AuditReport): Record<string, RecordValue> {
  return {
    spf: [...report.spf.records].sort(),
    dmarc: report.dmarc.record,
    mx: report.mx.records.map((mx) => `${mx.preference} ${mx.exchange || '.'}`).sort(),
    adsp: report.adsp.record,
    senderid: report.senderId.records.map((r) => r.record).sort(),
  };
}

function recordChanges(previous: AuditReport, next: AuditReport): DomainChange[] {
  const before = recordValues(previous);
  const after = recordValues(next);
  const changes: DomainChange[] = [];
  for (const [subject, value] of Object.entries(after)) {
    const old = before[subject] ?? null;
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    const detail: Prisma.InputJsonObject =
      subject === 'dmarc'
        ? { old, new: value, oldSource: previous.dmarc.source, newSource: next.dmarc.source }
        : { old, new: value };
    changes.push({ kind: 'record_changed', subject, detail });
  }
  return changes;
}

interface SelectorKeys {
  fingerprints: string[];
  keys: Array<{ fingerprint: string; type: string | null; bits: number | null }>;
}

// Keys without a fingerprint (revoked: empty p=, or undecodable) are no key to rotate to: a selector
// whose key was revoked reads as the key removed.
function keysBySelector(report: AuditReport): Map<string, SelectorKeys> {
  const bySelector = new Map<string, SelectorKeys>();
  for (const key of report.dkim.keys) {
    if (key.fingerprint === null) continue;
    const entry = bySelector.get(key.selector) ?? { fingerprints: [], keys: [] };
    entry.fingerprints.push(key.fingerprint);
    entry.keys.push({ fingerprint: key.fingerprint, type: key.type, bits: key.bits });
    bySelector.set(key.selector, entry);
  }
  for (const entry of bySelector.values()) entry.fingerprints.sort();
  return bySelector;
}

function dkimChanges(previous: AuditReport, next: AuditReport): DomainChange[] {
  const before = keysBySelector(previous);
  const after = keysBySelector(next);
  const changes: DomainChange[] = [];
  for (const [selector, now] of after) {
    const old = before.get(selector);
    if (!old) changes.push({ kind: 'dkim_key_added', subject: selector, detail: { keys: now.keys } });
    else if (old.fingerprints.join() !== now.fingerprints.join()) {
      const detail = { old: old.keys, new: now.keys };
      changes.push({ kind: 'dkim_key_rotated', subject: selector, detail });
    }
  }
  for (const [selector, old] of before)
    if (!after.has(selector))
      changes.push({ kind: 'dkim_key_removed', subject: selector, detail: { keys: old.keys } });
  return changes;
}

function policyChange(
  subject: string,
  old: RecordValue | boolean,
  now: RecordValue | boolean,
  delta: number,
) {
  if (delta === 0) return [];
  const kind: DomainEventKind = delta < 0 ? 'policy_weakened' : 'policy_strengthened';
  return [{ kind, subject, detail: { old, new: now } }];
}

function policyChanges(previous: AuditReport, next: AuditReport): DomainChange[] {
  const disposition = (r: AuditReport): keyof typeof DISPOSITION_RANK =>
    r.dmarc.policy?.effective ?? 'missing';
  const [oldDisposition, newDisposition] = [disposition(previous), disposition(next)];
  const [oldAll, newAll] = [spfAllPolicy(previous.spf.tree), spfAllPolicy(next.spf.tree)];
  const { enforcing: wasEnforcing } = previous.dmarc;
  const { enforcing } = next.dmarc;
  return [
    ...policyChange(
      'dmarc',
      oldDisposition,
      newDisposition,
      DISPOSITION_RANK[newDisposition] - DISPOSITION_RANK[oldDisposition],
    ),
    ...policyChange('dmarc-enforcing', wasEnforcing, enforcing, Number(enforcing) - Number(wasEnforcing)),
    ...policyChange('spf', oldAll, newAll, spfAllRank(newAll) - spfAllRank(oldAll)),
  ];
}
