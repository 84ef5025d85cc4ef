import { parseSpfRecord } from '@/audit/spf/parse-spf';
import type { SpfTreeNode } from '@/audit/spf/spf-audit-types';

/** How an SPF record ends for mail from anywhere else: '-all', '~all', '?all', '+all', or null. */
export type SpfAllPolicy = '-all' | '~all' | '?all' | '+all' | null;

/** Redirect chains are short in practice; RFC 7208 §4.6.4 bounds them by the 10-lookup limit anyway. */
const MAX_REDIRECTS = 10;

/**
 * The `all` that ends evaluation of the domain's record (RFC 7208 §5.1): the record's first `all`
 * mechanism, else the one reached through redirect= (§6.1; ignored when `all` is present). null
 * when there is none, no record, or the tree could not be read: the default result is neutral.
 */
export function spfAllPolicy(tree: SpfTreeNode): SpfAllPolicy {
  let node: SpfTreeNode | undefined = tree;
  for (let hop = 0; node && hop <= MAX_REDIRECTS; hop++) {
    if (node.record === null) return null;
    const all = parseSpfRecord(node.record).mechanisms.find((m) => m.kind === 'all');
    if (all) return `${all.qualifier}all` as SpfAllPolicy;
    node = node.children.find((child) => child.via === 'redirect');
  }
  return null;
}

/** Stronger is higher: -all > ~all > ?all = no all > +all. */
export function spfAllRank(policy: SpfAllPolicy): number {
  switch (policy) {
    case '-all':
      return 3;
    case '~all':
      return 2;
    case '+all':
      return 0;
    default:
      return 1;
  }
}
