import { randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read from a log or a sheet is typed back without doubt. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` random Crockford characters (5 bits each), in groups of four joined by dashes. */
export function newCrockfordCode(length: number): string {
  const raw = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}

/** As typed: case, spaces and dashes do not matter, and the letters Crockford maps are mapped. */
export function normalizeCrockfordCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
