/** The results of check_host() (RFC 7208 §2.6). */
export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/** The error results, carried as values through the evaluation. */
export interface SpfFailure {
  result: 'permerror' | 'temperror';
  reason: string;
}

/** RFC 7208 §4.6.2 qualifiers: "+" pass, "-" fail, "~" softfail, "?" neutral. */
export type Qualifier = '+' | '-' | '~' | '?';

export const QUALIFIER_RESULT: Record<Qualifier, SpfResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

export type MechanismKind = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

/** Mechanisms whose evaluation queries the DNS, counted against the limit of RFC 7208 §4.6.4. */
export const DNS_MECHANISMS: ReadonlySet<MechanismKind> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

interface TermBase {
  /** The term as written. */
  text: string;
  /** 1-based position among the terms after the version. */
  index: number;
  /** Character offset in the record. */
  position: number;
}

export interface SpfMechanism extends TermBase {
  type: 'mechanism';
  kind: MechanismKind;
  qualifier: Qualifier;
  /** Whether the qualifier was written (a bare "all" is an implicit "+all"). */
  explicitQualifier: boolean;
  /** include/exists target, or the optional a/mx/ptr target (null: the current domain). */
  domainSpec: string | null;
  /** ip4/ip6 network. */
  network: Uint8Array | null;
  /** Prefix lengths: of ip4/ip6 networks, and the dual-cidr-length of a/mx (RFC 7208 §5.6). */
  cidr4: number;
  cidr6: number;
}

export interface SpfModifier extends TermBase {
  type: 'modifier';
  /** Lower-case name: "redirect", "exp" or an unknown modifier (RFC 7208 §6). */
  name: string;
  value: string;
}

export type SpfTerm = SpfMechanism | SpfModifier;

export type SpfErrorCode = 'version' | 'syntax' | 'duplicate-modifier';

export interface SpfSyntaxError {
  code: SpfErrorCode;
  /** The offending term and its 1-based index; 0 and '' for errors about the whole record. */
  index: number;
  term: string;
  /** Full message, e.g. "term 3 'ip4:1.2.3.400': invalid IPv4 address". */
  message: string;
}

/** Publishing problems that are not syntax errors (RFC 7208 §3.4, §5.1, §5.5, §6.1). */
export type SpfNoteCode =
  | 'record-too-long'
  | 'terms-after-all'
  | 'redirect-with-all'
  | 'ptr-mechanism'
  | 'plus-all'
  | 'neutral-all'
  | 'softfail-all';

export interface SpfNote {
  code: SpfNoteCode;
  /** The term concerned, when there is one. */
  term?: string;
  detail: string;
}

export interface ParsedSpf {
  record: string;
  /** Terms that parsed, in record order (terms with errors are left out). */
  terms: SpfTerm[];
  mechanisms: SpfMechanism[];
  redirect: SpfModifier | null;
  exp: SpfModifier | null;
  errors: SpfSyntaxError[];
  notes: SpfNote[];
}
