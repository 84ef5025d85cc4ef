import { decodePublicKey } from './decode-public-key';
import { DKIM_KEY_TAGS, type DkimKeyType, isKnownValue } from './dkim-key-tags';
import { parseTagList, splitColonList, type Tag } from './parse-tag-list';

/** What one DKIM key record says; usable by a verifier exactly when `errors` is empty. */
export interface DkimKeyRecord {
  /** k= (default rsa); null when k= names a type no verifier knows. */
  keyType: DkimKeyType | null;
  /** h= items, lower-cased; null when h= is absent (every algorithm allowed). */
  hashAlgorithms: string[] | null;
  /** s= items; null when absent (the default "*"). */
  serviceTypes: string[] | null;
  /** t=y: the domain is testing DKIM. */
  testing: boolean;
  /** t=s: the i= domain of signatures must equal d=. */
  strictSubdomains: boolean;
  notes: string | null;
  /** p= without whitespace. */
  publicKey: string;
  /** Empty p= (RFC 6376 §3.6.1): the key was withdrawn. */
  revoked: boolean;
  bits: number | null;
  fingerprint: string | null;
  errors: string[];
  warnings: string[];
  /** Tags this parser does not know (ignored per RFC 6376 §3.2), e.g. the historic g=. */
  ignoredTags: string[];
}

/** Parses a DKIM key record (RFC 6376 §3.6.1, RFC 8301, RFC 8463): pure, never throws. */
export function parseDkimKeyRecord(text: string): DkimKeyRecord {
  const list = parseTagList(text);
  const record = emptyRecord(list.errors);
  const get = (name: keyof typeof DKIM_KEY_TAGS) => list.tags.find((tag) => tag.name === name)?.value;
  checkVersion(list.tags, record);
  record.ignoredTags = list.tags.map((tag) => tag.name).filter((name) => !(name in DKIM_KEY_TAGS));
  record.keyType = readKeyType(get('k'), record.errors);
  record.hashAlgorithms = readHashes(get('h'), record.errors);
  record.serviceTypes = readServices(get('s'), record.errors);
  const flags = splitColonList(get('t') ?? '');
  record.testing = flags.includes('y');
  record.strictSubdomains = flags.includes('s');
  record.notes = get('n') ?? null;
  readPublicKey(get('p'), record);
  return record;
}

function emptyRecord(errors: string[]): DkimKeyRecord {
  return {
    keyType: 'rsa',
    hashAlgorithms: null,
    serviceTypes: null,
    testing: false,
    strictSubdomains: false,
    notes: null,
    publicKey: '',
    revoked: false,
    bits: null,
    fingerprint: null,
    errors: [...errors],
    warnings: [],
    ignoredTags: [],
  };
}

/** RFC 6376 §3.6.1 v=: optional, but if present it must be first and exactly "DKIM1" (case-sensitive). */
function checkVersion(tags: Tag[], record: DkimKeyRecord): void {
  const index = tags.findIndex((tag) => tag.name === 'v');
  if (index < 0) return;
  if (index > 0) record.errors.push('v= must be the first tag');
  const value = tags[index]?.value;
  if (value !== 'DKIM1')
    record.errors.push(`v=${value} is not a DKIM key record version (must be exactly DKIM1)`);
}

function readKeyType(value: string | undefined, errors: string[]): DkimKeyType | null {
  const type = (value ?? DKIM_KEY_TAGS.k.default).toLowerCase();
  const known = DKIM_KEY_TAGS.k.known.find((k) => k === type);
  if (!known) errors.push(`k=${value} is not a key type verifiers know (rsa or ed25519)`);
  return known ?? null;
}

/**
 * Unknown algorithms are ignored (RFC 6376 §3.6.1), but a list with none known leaves no usable hash.
 * A list of only sha1 is well-formed; RFC 8301 §3.1 makes it unusable, which dkim.sha1-only reports.
 */
function readHashes(value: string | undefined, errors: string[]): string[] | null {
  if (value === undefined) return null;
  const hashes = splitColonList(value).map((hash) => hash.toLowerCase());
  if (!hashes.some((hash) => isKnownValue('h', hash))) {
    errors.push(`h=${value} lists no hash algorithm verifiers know (sha256 or sha1)`);
  }
  return hashes;
}

/** RFC 6376 §3.6.1 s=: verifiers for e-mail must ignore a key whose list has neither "email" nor "*". */
function readServices(value: string | undefined, errors: string[]): string[] | null {
  if (value === undefined) return null;
  const services = splitColonList(value);
  if (!services.some((service) => isKnownValue('s', service))) {
    errors.push(`s=${value} does not include "email" or "*", so e-mail verifiers ignore this key`);
  }
  return services;
}

function readPublicKey(value: string | undefined, record: DkimKeyRecord): void {
  if (value === undefined) {
    record.errors.push('p= (the public key) is missing');
    return;
  }
  record.publicKey = value.replace(/\s+/g, '');
  record.revoked = record.publicKey === '';
  if (record.revoked || !record.keyType) return;
  const decoded = decodePublicKey(record.keyType, record.publicKey);
  if (!decoded.ok) {
    record.errors.push(decoded.error);
    return;
  }
  record.bits = decoded.bits;
  record.fingerprint = decoded.fingerprint;
  record.warnings.push(...decoded.warnings);
}
