import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { type DiscardedSpf, discardedSpfFindings } from './discarded-spf-findings';
import { SPF_LIMITS } from './lookup-limits';
import type { SpfAudit, SpfTreeNode } from './spf-audit-types';
import { flatten } from './spf-tree';
import type { SpfNoteCode } from './spf-types';

const NOTE_FINDINGS = {
  'record-too-long': 'spf.record-too-long',
  'terms-after-all': 'spf.terms-after-all',
  'redirect-with-all': 'spf.redirect-with-all',
  'ptr-mechanism': 'spf.ptr-mechanism',
  'plus-all': 'spf.plus-all',
  'neutral-all': 'spf.neutral-all',
  'softfail-all': 'spf.softfail-all',
} as const satisfies Record<SpfNoteCode, string>;

// How an included record ends does not decide the result (§5.2): only +all there is a problem.
const POLICY_ONLY: ReadonlySet<SpfNoteCode> = new Set(['neutral-all', 'softfail-all']);

/**
 * The findings of an SPF audit, each with its evidence: record, term, counts and path. A discarded
 * record (spf.near-miss, spf.misplaced) does not replace spf.missing: receivers do find no record,
 * and the near-miss explains why.
 */
export function spfFindings(
  domain: string,
  audit: Omit<SpfAudit, 'status' | 'findings'>,
  discarded: DiscardedSpf = { nearMisses: [], misplaced: [] },
): Finding[] {
  const findings: Finding[] = [];
  const { tree } = audit;
  if (tree.error === 'missing') findings.push(makeFinding('spf.missing', { domain }));
  if (tree.error === 'multiple') {
    findings.push(
      makeFinding(
        'spf.multiple-records',
        { domain, records: audit.records },
        `${audit.records.length} records`,
      ),
    );
  }
  // A type-99 record with no TXT copy is spf.misplaced: its remediation is to publish it, not delete it.
  const type99Only = discarded.misplaced.some((hit) => hit.mistake === 'rr-type-99');
  if (audit.rrType99.length > 0 && !type99Only)
    findings.push(makeFinding('spf.rr-type-99', { domain, records: audit.rrType99 }));
  findings.push(...discardedSpfFindings(domain, discarded));
  const treeFindings: Finding[] = [];
  visit(tree, [], false, treeFindings);
  findings.push(...firstOfEach(treeFindings));
  const nodes = flatten(tree);
  if (audit.lookups > SPF_LIMITS.dnsTerms) {
    const perDomain = nodes.filter((n) => n.lookups > 0).map((n) => `${n.domain}: ${n.lookups}`);
    const evidence = { domain, lookups: audit.lookups, limit: SPF_LIMITS.dnsTerms, perDomain };
    findings.push(makeFinding('spf.too-many-lookups', evidence, `${audit.lookups} lookups`));
  }
  if (audit.voidLookups > SPF_LIMITS.voidLookups) {
    const terms = nodes.flatMap((n) => n.voidTerms.map((t) => `${n.domain}: ${t}`));
    const evidence = { domain, voidLookups: audit.voidLookups, limit: SPF_LIMITS.voidLookups, terms };
    findings.push(makeFinding('spf.too-many-void-lookups', evidence, `${audit.voidLookups} void lookups`));
  }
  return findings;
}

function visit(node: SpfTreeNode, parentPath: string[], included: boolean, findings: Finding[]): void {
  const path = [...parentPath, node.domain];
  findings.push(...targetFindings(node, path), ...recordFindings(node, path, included));
  for (const child of node.children) visit(child, path, included || child.via === 'include', findings);
}

// What is wrong with an include/redirect target, from the parent's point of view.
function targetFindings(node: SpfTreeNode, path: string[]): Finding[] {
  if (node.via === 'root') return [];
  const evidence = {
    domain: path[path.length - 2] ?? node.domain,
    term: node.term,
    target: node.domain,
    path,
  };
  switch (node.error) {
    case 'missing':
      return [makeFinding('spf.include-missing', evidence, `${node.term} → ${node.domain}`)];
    case 'invalid-target':
      return [makeFinding('spf.include-missing', evidence, `${node.term}: not a valid domain name`)];
    case 'multiple':
      return [makeFinding('spf.multiple-records', evidence, `${node.domain} (${node.term})`)];
    case 'loop':
      return [makeFinding('spf.include-loop', evidence, path.join(' → '))];
    default:
      return [];
  }
}

function recordFindings(node: SpfTreeNode, path: string[], included: boolean): Finding[] {
  const base = { domain: node.domain, record: node.record, path };
  const findings: Finding[] = [];
  const syntax = node.errors.filter((e) => e.code !== 'duplicate-modifier').map((e) => e.message);
  if (syntax.length > 0)
    findings.push(makeFinding('spf.syntax-error', { ...base, errors: syntax }, syntax[0]));
  for (const duplicate of node.errors.filter((e) => e.code === 'duplicate-modifier')) {
    findings.push(
      makeFinding('spf.duplicate-modifier', { ...base, term: duplicate.term }, duplicate.message),
    );
  }
  for (const note of node.notes.filter((n) => !(included && POLICY_ONLY.has(n.code)))) {
    findings.push(makeFinding(NOTE_FINDINGS[note.code], { ...base, term: note.term ?? null }, note.detail));
  }
  for (const { term, hosts } of node.mxTooMany) {
    const detail = `'${term}' yields ${hosts} MX hosts; the limit is ${SPF_LIMITS.mxNames}`;
    findings.push(
      makeFinding('spf.mx-too-many', { ...base, term, hosts, limit: SPF_LIMITS.mxNames }, detail),
    );
  }
  return findings;
}

// A record reached along several paths (one provider included twice) is reported once, with the first path.
function firstOfEach(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([
      f.id,
      f.message,
      f.evidence.domain,
      f.evidence.term ?? null,
      f.evidence.target ?? null,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
