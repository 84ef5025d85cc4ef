/**
 * DNS messages on the wire (RFC 1035 §4.1): encoding one query, and the small typed `Reply` that
 * decode-reply.ts makes of an answer, so nothing past these files depends on a codec's loose types.
 */
import { randomFillSync } from 'node:crypto';
import { normalizeName } from './names';
import type { RRType } from './types';

/** The EDNS0 payload size that avoids IP fragmentation (DNS Flag Day 2020; RFC 6891 §6.2.5). */
export const EDNS_UDP_PAYLOAD = 1232;

/** RFC 1035 §3.2.2, RFC 3596 §2.1 (AAAA), RFC 4408 §3.1.1 (SPF), RFC 6698 §7.1 (TLSA). */
export const RR_TYPE_CODES: { readonly [T in RRType]: number } = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SPF: 99,
  TLSA: 52,
};

export interface WireQuery {
  id: number;
  /** Normalized (names.ts). */
  name: string;
  type: RRType;
  /** CD: the resolver returns data even when its DNSSEC validation fails (RFC 4035 §3.2.2). */
  checkingDisabled?: boolean;
}

/** One resource record as decoded; `data` depends on the type (record-data.ts reads it). */
export interface RawRecord {
  name: string;
  type: string;
  ttl: number;
  data: unknown;
}

export interface Reply {
  id: number;
  /** 'NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED', … (RFC 1035 §4.1.1, RFC 6895 §2.3). */
  rcode: string;
  truncated: boolean;
  /** AD: a validating resolver says every record in the reply passed DNSSEC validation (RFC 4035 §3.2.3). */
  authenticated: boolean;
  question: { name: string; type: string; class: string } | undefined;
  answers: RawRecord[];
  authorities: RawRecord[];
}

/** Query ids drawn from the CSPRNG in blocks: one `randomFillSync` per 4,096 queries, not one call each. */
const idPool = new Uint16Array(4096);
let idsLeft = 0;

function randomId(): number {
  if (idsLeft === 0) {
    randomFillSync(idPool);
    idsLeft = idPool.length;
  }
  return idPool[--idsLeft] as number;
}

/** A query with a fresh random id (RFC 5452 §9.2: ids must not be predictable). */
export function newQuery(
  name: string,
  type: RRType,
  isTaken: (id: number) => boolean = () => false,
  checkingDisabled = false,
): WireQuery {
  let id = randomId();
  while (isTaken(id)) id = randomId();
  return checkingDisabled ? { id, name, type, checkingDisabled } : { id, name, type };
}

/** Recursion desired: a recursive server may be asked (RFC 1035 §4.1.1); the high octet of the flags. */
const RD_HIGH_OCTET = 0x01;
/**
 * AD in a query asks a validating resolver to say in AD whether the answer validated, without the
 * RRSIGs that DO would add to every reply (RFC 6840 §5.7): the audit reads the verdict, not the proof.
 * The low octet of the flags.
 */
const AD_LOW_OCTET = 0x20;
/** CD: asked only to tell a bogus answer from a failing server (RFC 4035 §3.2.2); the low octet. */
const CD_LOW_OCTET = 0x10;
/** RFC 6891 §6.1.2: root owner, type OPT (41), CLASS = the UDP payload size, TTL 0, no options. */
const OPT_RECORD = Buffer.from([0, 0, 41, EDNS_UDP_PAYLOAD >> 8, EDNS_UDP_PAYLOAD & 0xff, 0, 0, 0, 0, 0, 0]);
const DOT = 0x2e;

/**
 * The query's bytes: header, one IN question, an EDNS0 OPT record; written directly (the hot path
 * sends ~15 per domain): the name is written once as UTF-8 and each dot then replaced by the length
 * of the label after it (no UTF-8 sequence contains the byte 0x2e). Labels are written as given, as
 * dns-packet did: names reach here from the audit's own validation, and a label over 63 octets gets
 * an answer of FORMERR from the server rather than an exception here.
 */
export function encodeQuery(query: WireQuery): Buffer {
  let name = query.name;
  if (name.charCodeAt(0) === DOT) name = name.slice(1);
  if (name.charCodeAt(name.length - 1) === DOT) name = name.slice(0, -1);
  const nameBytes = name === '' ? 1 : Buffer.byteLength(name) + 2;
  const message = Buffer.allocUnsafe(12 + nameBytes + 4 + OPT_RECORD.length);
  message[0] = query.id >> 8;
  message[1] = query.id & 0xff;
  message[2] = RD_HIGH_OCTET;
  message[3] = query.checkingDisabled ? CD_LOW_OCTET : AD_LOW_OCTET;
  message.fill(0, 4, 12);
  message[5] = 1; // QDCOUNT 1; ANCOUNT, NSCOUNT 0
  message[11] = 1; // ARCOUNT 1
  const end = 12 + nameBytes - 1;
  if (name !== '') {
    message.write(name, 13);
    let lengthAt = 12;
    for (let at = 13; at < end; at++) {
      if (message[at] !== DOT) continue;
      message[lengthAt] = at - lengthAt - 1;
      lengthAt = at;
    }
    message[lengthAt] = end - lengthAt - 1;
  }
  message[end] = 0;
  const code = RR_TYPE_CODES[query.type];
  message[end + 1] = code >> 8;
  message[end + 2] = code & 0xff;
  message[end + 3] = 0;
  message[end + 4] = 1; // IN
  OPT_RECORD.copy(message, end + 5);
  return message;
}

/** RFC 5452 §4.3: accept only a reply whose id and question both match what was asked. */
export function isReplyTo(reply: Reply, query: WireQuery): boolean {
  const q = reply.question;
  return (
    reply.id === query.id &&
    q !== undefined &&
    normalizeName(q.name) === query.name &&
    q.type === query.type &&
    q.class === 'IN'
  );
}

/** The result of sending one query once, over one transport, to one server. */
export type TryResult = { ok: true; reply: Reply } | { ok: false; timedOut: boolean; detail: string };
