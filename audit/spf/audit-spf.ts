import { joinTxt, type Resolver } from '../dns/types';
import { detectSpfNearMiss } from './detect-spf-near-miss';
import type { DiscardedSpf } from './discarded-spf-findings';
import { findMisplacedSpf } from './find-misplaced-spf';
import { memoResolver } from './memo-resolver';
import { isSpfRecord } from './parse-spf';
import type { SpfAudit } from './spf-audit-types';
import { spfFindings } from './spf-findings';
import { flatten, type TreeWalk, walkSpfTree } from './spf-tree';
import { lookup } from './tree-lookups';

/**
 * Audits a domain's SPF publication: its record(s), obsolete type-99 records, the whole
 * include/redirect tree with its lookup counts (RFC 7208 §4.6.4), and the records receivers discard
 * or never read that were meant as the domain's SPF record. Temporary DNS failures make the
 * audit 'partial' and are listed; they never produce "missing" findings.
 */
export async function auditSpf(domain: string, resolver: Resolver): Promise<SpfAudit> {
  const name = domain.toLowerCase().replace(/\.$/, '');
  const walk: TreeWalk = {
    resolver: memoResolver(resolver),
    temporaryFailures: [],
    auditedDomain: name,
    terms: 0,
  };
  const [txt, type99] = await Promise.all([lookup(walk, name, 'TXT'), lookup(walk, name, 'SPF')]);
  const texts = (txt?.records ?? []).map(joinTxt);
  const records = texts.filter(isSpfRecord);
  const rrType99 = (type99?.records ?? []).map(joinTxt);
  const tree = await walkSpfTree(walk, name);
  const discarded: DiscardedSpf = {
    nearMisses: texts.flatMap((text) => {
      const nearMiss = detectSpfNearMiss(text);
      return nearMiss ? [{ text, nearMiss }] : [];
    }),
    // Looked for only when receivers find no record: then a record elsewhere is what the owner meant.
    misplaced: tree.error === 'missing' ? await findMisplacedSpf(name, walk.resolver, rrType99) : [],
  };
  const nodes = flatten(tree);
  const audit = {
    record: records.length === 1 ? (records[0] ?? null) : null,
    records,
    rrType99,
    lookups: nodes.reduce((sum, n) => sum + n.lookups, 0),
    voidLookups: nodes.reduce((sum, n) => sum + n.voidTerms.length, 0),
    tree,
    temporaryFailures: walk.temporaryFailures,
  };
  const status = walk.temporaryFailures.length > 0 ? 'partial' : 'complete';
  return { status, ...audit, findings: spfFindings(name, audit, discarded) };
}
