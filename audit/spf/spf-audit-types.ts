import type { TemporaryFailure } from '../dns/types';
import type { Finding } from '../findings/types';
import type { SpfNote, SpfSyntaxError } from './spf-types';

/** One record of the include/redirect tree, evaluated as for a client that matches nothing. */
export interface SpfTreeNode {
  domain: string;
  /** How the evaluation got here: the audited domain, or an include:/redirect= term of the parent. */
  via: 'root' | 'include' | 'redirect';
  /** The parent's term that led here; null for the root. */
  term: string | null;
  record: string | null;
  /**
   * Why there is no record to follow: none published, several, a name already on the path, a DNS
   * failure, an expanded target that is no DNS name, or the audit's own walking limit.
   */
  error?: 'missing' | 'multiple' | 'loop' | 'temporary' | 'invalid-target' | 'not-followed';
  /** DNS-querying terms of this record that evaluation reaches (RFC 7208 §4.6.4). */
  lookups: number;
  /** Terms (or term → MX host) whose lookup was void: NXDOMAIN or no record. */
  voidTerms: string[];
  /** Counted terms that cannot be resolved without a message: macros of the sender or client, ptr. */
  unresolved: string[];
  /** mx terms whose target has more than 10 MX records. */
  mxTooMany: Array<{ term: string; hosts: number }>;
  errors: SpfSyntaxError[];
  notes: SpfNote[];
  children: SpfTreeNode[];
}

export interface SpfAudit {
  /** 'partial' when a DNS lookup failed temporarily and part of the answer is unknown. */
  status: 'complete' | 'partial';
  /** The SPF record, when exactly one is published. */
  record: string | null;
  /** Every v=spf1 TXT record of the domain. */
  records: string[];
  /** Records of the obsolete SPF RR type 99 (RFC 7208 §3.1, §14.1). */
  rrType99: string[];
  /** DNS-querying terms over the whole tree, counting every include's subtree. */
  lookups: number;
  voidLookups: number;
  tree: SpfTreeNode;
  temporaryFailures: TemporaryFailure[];
  findings: Finding[];
}
