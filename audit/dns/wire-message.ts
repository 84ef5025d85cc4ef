/**
 * DNS messages on the wire (RFC 1035 §4.1): encoding one query and decoding a reply into a small typed
 * `Reply`, so nothing past this file depends on dns-packet's loose types.
 */
import { randomInt } from 'node:crypto';
import { decode, encode, type Packet, RECURSION_DESIRED, type RecordType } from 'dns-packet';
import { normalizeName } from './names';
import type { RRType } from './types';

/** The EDNS0 payload size that avoids IP fragmentation (DNS Flag Day 2020; RFC 6891 §6.2.5). */
export const EDNS_UDP_PAYLOAD = 1232;

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

/** RD set (a recursive server may be asked), EDNS0 OPT advertising EDNS_UDP_PAYLOAD (RFC 6891 §6.1). */
export function encodeQuery(query: WireQuery): Buffer {
  const packet: Packet = {
    type: 'query',
    id: query.id,
    flags: RECURSION_DESIRED,
    // dns-packet's RecordType omits SPF (99), but its codec maps the name to the number.
    questions: [{ name: query.name, type: query.type as RecordType, class: 'IN' }],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_UDP_PAYLOAD,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [],
      },
    ],
  };
  return encode(packet);
}

/** The reply in `message`, or null when it is not a well-formed DNS response. */
export function decodeReply(message: Buffer): Reply | null {
  try {
    const packet = decode(message) as ReturnType<typeof decode> & { rcode: string };
    if (packet.type !== 'response') return null;
    const question = packet.questions?.[0];
    return {
      id: packet.id ?? -1,
      rcode: packet.rcode,
      truncated: packet.flag_tc,
      question: question && { name: question.name, type: question.type, class: question.class ?? 'IN' },
      answers: (packet.answers ?? []) as unknown as RawRecord[],
      authorities: (packet.authorities ?? []) as unknown as RawRecord[],
    };
  } catch {
    return null;
  }
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
