import type { MtaStsMode, MtaStsPolicy } from './types';

export interface ParsedMtaStsPolicy {
  /** Null when version, mode or max_age is missing or invalid: senders discard such a policy. */
  policy: MtaStsPolicy | null;
  errors: string[];
}

/** RFC 8461 §3.2: max_age is at most 31557600 seconds (about a year). */
export const MAX_AGE_LIMIT = 31_557_600;
const MODES: readonly MtaStsMode[] = ['enforce', 'testing', 'none'];
// sts-policy-mx-value = ["*."] Domain (RFC 5321 §4.1.2): LDH labels; the pattern is kept lower-case.
const MX_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const SINGLE_FIELDS = ['version', 'mode', 'max_age'] as const;

/**
 * Parses an MTA-STS policy file (RFC 8461 §3.2): "key: value" lines ended by LF or CRLF; unknown
 * keys are ignored as the RFC asks (extensions); mx may repeat, the others may not. Pure.
 */
export function parseMtaStsPolicy(text: string): ParsedMtaStsPolicy {
  const errors: string[] = [];
  const fields = new Map<string, string[]>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      errors.push(`line ${index + 1} is not "key: value"`);
      return;
    }
    const key = line.slice(0, colon);
    fields.set(key, [...(fields.get(key) ?? []), line.slice(colon + 1).trim()]);
  });
  for (const key of SINGLE_FIELDS) {
    if ((fields.get(key)?.length ?? 0) > 1) errors.push(`"${key}" appears more than once`);
  }
  const [version] = fields.get('version') ?? [];
  if (version !== 'STSv1')
    errors.push(version === undefined ? 'no "version" line' : `version "${version}" is not STSv1`);
  const mode = readMode(fields.get('mode')?.[0], errors);
  const maxAge = readMaxAge(fields.get('max_age')?.[0], errors);
  const mx = (fields.get('mx') ?? []).map((value) => value.toLowerCase().replace(/\.$/, ''));
  for (const pattern of mx.filter((p) => !MX_PATTERN.test(p)))
    errors.push(`mx "${pattern}" is not a host name or "*." pattern`);
  if (mx.length === 0 && mode !== null && mode !== 'none')
    errors.push(`mode ${mode} needs at least one "mx" line`);
  const usable = version === 'STSv1' && mode !== null && maxAge !== null;
  return { policy: usable ? { mode, mx, maxAge } : null, errors };
}

function readMode(value: string | undefined, errors: string[]): MtaStsMode | null {
  const mode = MODES.find((m) => m === value);
  if (mode === undefined)
    errors.push(value === undefined ? 'no "mode" line' : `mode "${value}" is not enforce, testing or none`);
  return mode ?? null;
}

// sts-policy-max-age-value = 1*10(DIGIT), "up to 31557600".
function readMaxAge(value: string | undefined, errors: string[]): number | null {
  if (value === undefined) {
    errors.push('no "max_age" line');
    return null;
  }
  const seconds = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds <= MAX_AGE_LIMIT)) {
    errors.push(`max_age "${value}" is not a number of seconds from 0 to ${MAX_AGE_LIMIT}`);
    return null;
  }
  return seconds;
}
