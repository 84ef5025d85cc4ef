/** One `ptype.property=value` of a result (RFC 8601 §2.3), e.g. `smtp.mailfrom=example.jp`. */
export interface AuthResProperty {
  /** Lower-case: `smtp`, `header`, `body`, `policy`… */
  ptype: string;
  /** Lower-case: `mailfrom`, `from`, `d`, `b`… */
  property: string;
  /** As written (unquoted): a domain, an address, a signature prefix. */
  value: string;
}

/** One `method=result` of a field with its reason and properties (RFC 8601 §2.2 resinfo). */
export interface AuthResResult {
  /** Lower-case, without its version: `dkim/1` is `dkim`. */
  method: string;
  /** Lower-case, as written: the legacy `hardfail` stays `hardfail`. */
  result: string;
  /** The result in today's words: `hardfail` (RFC 5451 §2.4.3) is `fail` (RFC 8601 §2.7.2). */
  normalizedResult: string;
  reason: string | null;
  properties: AuthResProperty[];
}

/** One parsed Authentication-Results field. */
export interface AuthResField {
  /** As written; compare case-insensitively (RFC 8601 §2.5). */
  authservId: string;
  version: number | null;
  /** The `none` form: no method was applied (RFC 8601 §2.2 no-result). */
  none: boolean;
  results: AuthResResult[];
}

/**
 * A field, or why it could not be read. A failed parse keeps the authserv-id when it got that far,
 * so a trusted server's broken field can still be told apart from anyone else's.
 */
export type AuthResParse =
  | { ok: true; field: AuthResField }
  | { ok: false; error: string; authservId: string | null };
