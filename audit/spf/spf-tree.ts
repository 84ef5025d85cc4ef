import { isVoid, joinTxt } from '../dns/types';
import { auditTarget } from './audit-target';
import { SPF_LIMITS } from './lookup-limits';
import { isSpfRecord, parseSpfRecord } from './parse-spf';
import type { SpfTreeNode } from './spf-audit-types';
import { DNS_MECHANISMS, type ParsedSpf, type SpfMechanism } from './spf-types';
import { hasNoAddress, lookup, type TreeDns } from './tree-lookups';

/** The state of one audit's walk: its DNS, the audited domain and the terms counted so far. */
export interface TreeWalk extends TreeDns {
  auditedDomain: string;
  terms: number;
}

/**
 * Walks the include/redirect tree of `domain` as check_host() would evaluate it for a client that
 * matches nothing (RFC 7208 §4.6): every DNS-querying term before "all" is counted and its lookup
 * made, includes and redirect= are followed, and a name already on the path is reported as a loop.
 */
export function walkSpfTree(walk: TreeWalk, domain: string): Promise<SpfTreeNode> {
  return walkNode(walk, domain, 'root', null, []);
}

async function walkNode(
  walk: TreeWalk,
  domain: string,
  via: SpfTreeNode['via'],
  term: string | null,
  path: string[],
): Promise<SpfTreeNode> {
  const node = emptyNode(domain, via, term);
  if (path.includes(domain)) return { ...node, error: 'loop' };
  const answer = await lookup(walk, domain, 'TXT');
  if (answer === null) return { ...node, error: 'temporary' };
  if (term !== null && isVoid(answer.outcome)) node.voidTerms.push(term);
  const records = answer.records.map(joinTxt).filter(isSpfRecord);
  const [record] = records;
  if (record === undefined || records.length > 1) return { ...node, error: record ? 'multiple' : 'missing' };
  const parsed = parseSpfRecord(record);
  Object.assign(node, { record, errors: parsed.errors, notes: parsed.notes });
  await walkTerms(walk, node, parsed, [...path, domain]);
  return node;
}

async function walkTerms(
  walk: TreeWalk,
  node: SpfTreeNode,
  parsed: ParsedSpf,
  path: string[],
): Promise<void> {
  // §5.1: "all" matches every client, so nothing after it (nor redirect=, §6.1) is evaluated.
  const allAt = parsed.mechanisms.findIndex((m) => m.kind === 'all');
  const reached = allAt < 0 ? parsed.mechanisms : parsed.mechanisms.slice(0, allAt);
  for (const mechanism of reached.filter((m) => DNS_MECHANISMS.has(m.kind))) {
    count(walk, node);
    if (mechanism.kind === 'include')
      await follow(walk, node, 'include', mechanism.text, mechanism.domainSpec, path);
    else await resolveTerm(walk, node, mechanism);
  }
  if (parsed.redirect && allAt < 0) {
    count(walk, node);
    await follow(walk, node, 'redirect', parsed.redirect.text, parsed.redirect.value, path);
  }
}

function count(walk: TreeWalk, node: SpfTreeNode): void {
  node.lookups += 1;
  walk.terms += 1;
}

async function follow(
  walk: TreeWalk,
  node: SpfTreeNode,
  via: 'include' | 'redirect',
  term: string,
  spec: string | null,
  path: string[],
): Promise<void> {
  const target = auditTarget(spec, node.domain, walk.auditedDomain);
  if (target.kind === 'needs-message') {
    node.unresolved.push(term);
    return;
  }
  const name = target.kind === 'name' ? target.name : (spec ?? '');
  if (target.kind === 'invalid' || walk.terms > SPF_LIMITS.auditTerms) {
    const error = target.kind === 'invalid' ? 'invalid-target' : 'not-followed';
    node.children.push({ ...emptyNode(name, via, term), error });
    return;
  }
  node.children.push(await walkNode(walk, name, via, term, path));
}

// a, mx, exists: make the lookups evaluation would make, to find void ones; ptr needs a client.
async function resolveTerm(walk: TreeWalk, node: SpfTreeNode, mechanism: SpfMechanism): Promise<void> {
  const target = auditTarget(mechanism.domainSpec, node.domain, walk.auditedDomain);
  if (mechanism.kind === 'ptr' || target.kind === 'needs-message') {
    node.unresolved.push(mechanism.text);
    return;
  }
  if (target.kind === 'invalid') return;
  if (mechanism.kind === 'a' && (await hasNoAddress(walk, target.name))) node.voidTerms.push(mechanism.text);
  if (mechanism.kind === 'exists') {
    const answer = await lookup(walk, target.name, 'A');
    if (answer && isVoid(answer.outcome)) node.voidTerms.push(mechanism.text);
  }
  if (mechanism.kind === 'mx') await resolveMx(walk, node, mechanism, target.name);
}

// §4.6.4: more than 10 MX names is a permerror; otherwise each MX host's addresses are looked up.
async function resolveMx(
  walk: TreeWalk,
  node: SpfTreeNode,
  mechanism: SpfMechanism,
  name: string,
): Promise<void> {
  const answer = await lookup(walk, name, 'MX');
  if (answer === null) return;
  if (isVoid(answer.outcome)) node.voidTerms.push(mechanism.text);
  if (answer.records.length > SPF_LIMITS.mxNames) {
    node.mxTooMany.push({ term: mechanism.text, hosts: answer.records.length });
    return;
  }
  for (const { exchange } of answer.records.filter((mx) => mx.exchange !== '')) {
    if (await hasNoAddress(walk, exchange)) node.voidTerms.push(`${mechanism.text} → ${exchange}`);
  }
}

/** Every node of the tree, root first. */
export function flatten(node: SpfTreeNode): SpfTreeNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

function emptyNode(domain: string, via: SpfTreeNode['via'], term: string | null): SpfTreeNode {
  return {
    domain,
    via,
    term,
    record: null,
    lookups: 0,
    voidTerms: [],
    unresolved: [],
    mxTooMany: [],
    errors: [],
    notes: [],
    children: [],
  };
}
