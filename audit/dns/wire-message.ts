/**
 * DNS messages on the wire (RFC 1035 §4.1): encoding one query, and the small typed `Reply` that
 * decode-reply.ts makes of an answer, so nothing past these files depends on a codec's loose types.
 */
import { randomInt } from 'node:crypto';
import { normalizeName } from './names';
import type { RRType } from './types';

/** The EDNS0 payload size that avoids IP fragmentation (DNS Flag Day 2020; RFC 6891 §6.2.5). */
export const EDNS_UDP_PAYLOAD = 1232;

/** RFC 1035 §3.2.2, RFC 3596 §2.1 (AAAA), RFC 4408 §3.1.1 (SPF). */
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
};

export interface WireQuery {
  id: number;
  /** Normalized (names.ts). */
  name: string;
  type: RRType;
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
  question: { name: string; type: string; class: string } | undefined;
  answers: RawRecord[];
  authorities: RawRecord[];
}

/** A query with a fresh random id (RFC 5452 §9.2: ids must not be predictable). */
export function newQuery(
  name: string,
  type: RRType,
  isTaken: (id: number) => boolean = () => false,
): WireQuery {
  let id = randomInt(0, 0x10000);
  while (isTaken(id)) id = randomInt(0, 0x10000);
  return { id, name, type };
}

/** Recursion desired: a recursive server may be asked (RFC 1035 §4.1.1). */
const RD = 0x0100;
/** RFC 6891 §6.1.2: root owner, type OPT (41), CLASS = the UDP payload size, TTL 0, no options. */
const OPT_RECORD = Buffer.from([0, 0, 41, EDNS_UDP_PAYLOAD >> 8, EDNS_UDP_PAYLOAD & 0xff, 0, 0, 0, 0, 0, 0]);

/**
 * The query's bytes: header, one IN question, an EDNS0 OPT record; written directly (the hot path sends ~15 per domain). Labels are written as
 * given, as dns-packet did: names reach here from the audit's own validation, and a label over 63
 * octets gets an answer of FORMERR from the server rather than an exception here.
 */
export function encodeQuery(query: WireQuery): Buffer {
  const trimmed = query.name.replace(/^\.|\.$/g, '');
  const labels = trimmed === '' ? [] : trimmed.split('.');
  let nameBytes = 1;
  for (const label of labels) nameBytes += 1 + Buffer.byteLength(label);
  const message = Buffer.allocUnsafe(12 + nameBytes + 4 + OPT_RECORD.length);
  message.writeUInt16BE(query.id, 0);
  message.writeUInt16BE(RD, 2);
  message.writeUInt32BE(0x00010000, 4); // QDCOUNT 1, ANCOUNT 0
  message.writeUInt32BE(0x00000001, 8); // NSCOUNT 0, ARCOUNT 1
  let at = 12;
  for (const label of labels) {
    const length = message.write(label, at + 1);
    message[at] = length;
    at += 1 + length;
  }
  message[at++] = 0;
  message.writeUInt16BE(RR_TYPE_CODES[query.type], at);
  message.writeUInt16BE(1, at + 2); // IN
  OPT_RECORD.copy(message, at + 4);
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
