import list from './common-passwords.json' with { type: 'json' };

/** NIST SP 800-63B §3.1.1.2: a length floor and a blocklist, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordWeakness = 'too-short' | 'too-long' | 'common' | 'repetitive' | 'personal';
export type PasswordVerdict = { ok: true } | { ok: false; reason: PasswordWeakness };

/** Who the password is for: what it must not be made of (SP 800-63B's context-specific words). */
export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

const COMMON = new Set(list.passwords);
/** Stripped of decoration, a base shorter than this says nothing (every 2-letter string is "common"). */
const MIN_BASE = 4;
/** Letters and digits that must remain once the account's own words are taken out. */
const MIN_OWN = 8;
const MIN_DISTINCT = 5;
/** Typing orders a "sequence" follows: alphabet, digits (wrapping), keyboard rows and columns. */
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '012345678901234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
].flatMap((order) => [order, [...order].reverse().join('')]);
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  $: 's',
  '5': 's',
  '7': 't',
};

/**
 * The one password policy (first-admin setup, and every later set, change or reset): at least
 * PASSWORD_MIN_LENGTH characters, not one of the 10,000 most common passwords (common-passwords.json)
 * nor one of them dressed up (case, spaces, l33t, digits or symbols around it), not a repetition or
 * a run along the keyboard, and not mostly the account's own e-mail or name.
 */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): PasswordVerdict {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'too-short' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  const folded = password.normalize('NFKC').toLowerCase();
  if (isRepetitive(folded)) return { ok: false, reason: 'repetitive' };
  if (isCommon(folded)) return { ok: false, reason: 'common' };
  if (isPersonal(folded, context)) return { ok: false, reason: 'personal' };
  return { ok: true };
}

function isCommon(folded: string): boolean {
  const spaced = [folded, folded.replace(/[\s._-]+/g, '')];
  const bases = spaced.flatMap((text) => {
    const bare = text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return [text, bare, deLeet(text), deLeet(text).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')];
  });
  return bases.some((base) => [...base].length >= MIN_BASE && COMMON.has(base));
}

function deLeet(text: string): string {
  // Digits and symbols at the ends are decoration, not l33t: keep them for the stripping above.
  return text.replace(/(?<=\p{L})[@4031!$57]+(?=\p{L})/gu, (run) =>
    [...run].map((c) => LEET[c] ?? c).join(''),
  );
}

function isRepetitive(folded: string): boolean {
  const chars = [...folded];
  if (new Set(chars).size < MIN_DISTINCT) return true;
  // One unit said over and over: "abcabcabcabc", "hunter2hunter2".
  if (/^(.+?)\1+$/su.test(folded.replace(/\s+/g, ''))) return true;
  return SEQUENCES.some((order) => order.includes(folded));
}

function isPersonal(folded: string, { email, name }: PasswordContext): boolean {
  const words = contextWords(email, name).filter((word) => folded.includes(word));
  if (words.length === 0) return false;
  let rest = folded;
  for (const word of words.sort((a, b) => b.length - a.length)) rest = rest.replaceAll(word, '');
  // What is left must stand on its own: long enough, and not a common password either.
  return [...rest.replace(/[^\p{L}\p{N}]/gu, '')].length < MIN_OWN || isCommon(rest);
}

function contextWords(email: string | null | undefined, name: string | null | undefined): string[] {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase();
  const [local = '', domain = ''] = email ? fold(email).split('@') : [];
  const words = [
    'kensa',
    ...(email ? [fold(email), local, ...local.split(/[._+-]+/), ...domain.split('.')] : []),
    ...(name ? [fold(name), ...fold(name).split(/[\s._-]+/)] : []),
  ];
  // A word of one or two letters is in too many good passwords to count against them.
  return [...new Set(words)].filter((word) => [...word].length >= 3);
}
