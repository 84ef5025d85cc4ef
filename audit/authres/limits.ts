/**
 * Bounds on what one Authentication-Results field may cost. Header fields are written by whoever
 * sends the mail, so a field is refused (an error value) rather than followed past these. Real
 * fields are far inside them: a busy receiver's field with several DKIM signatures is ~1,500
 * characters and a dozen results.
 */
export const AUTHRES_LIMITS = {
  /** Characters in the field's value, folding included (RFC 5322 §2.1.1 allows 998 a line). */
  fieldLength: 16_384,
  /** `method=result` entries in one field. */
  results: 64,
  /** `ptype.property=value` pairs of one result. */
  properties: 32,
  /** Comments inside comments (RFC 5322 §3.2.2 allows any depth). */
  commentDepth: 16,
  /** Digits of a version number (RFC 8601 §2.2 authres-version, method-version). */
  versionDigits: 9,
} as const;
