/**
 * Decodes a DNS reply (RFC 1035 §4.1) into `Reply`, reading only what the audit uses: the header,
 * the first question, and the answer and authority sections. Record data is decoded for the types
 * of types.ts (in the shapes record-data.ts reads); other records keep owner, type and TTL, no data.
 * The additional section (the OPT record, glue) is not read. Replaces dns-packet's full decoder,
 * which built every field of every record and was ~3 % of the engine's CPU at scale.
 *
 * Everything in the message is attacker-controlled: a length past the end, a compression pointer
 * that does not point backwards (RFC 1035 §4.1.4 allows only prior occurrences; this also makes
 * pointer loops impossible), a name over 255 octets (RFC 1035 §2.3.4) or RDATA that does not
 * match its RDLENGTH make the whole message invalid, with the reason.
 */
import type { RRType } from './types';
import { type RawRecord, type Reply, RR_TYPE_CODES } from './wire-message';

export type DecodedReply = { ok: true; reply: Reply } | { ok: false; error: string };

const HEADER_BYTES = 12;
const QR = 0x8000;
const TC = 0x0200;
const AD = 0x0020;
/** RFC 1035 §4.1.1, RFC 6895 §2.3; unassigned values as dns-packet named them. */
const RCODES = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
];
const TYPE_NAMES = new Map(Object.entries(RR_TYPE_CODES).map(([name, code]) => [code, name as RRType]));

class MalformedMessage extends Error {}

/** The reply in `message`, or why it is not a well-formed DNS response. */
export function decodeReply(message: Buffer): DecodedReply {
  if (message.length < HEADER_BYTES) return { ok: false, error: 'shorter than a DNS header' };
  const reader = new WireReader(message);
  const flags = reader.u16At(2);
  if ((flags & QR) === 0) return { ok: false, error: 'not a response (QR unset)' };
  try {
    reader.offset = HEADER_BYTES;
    const questions = reader.u16At(4);
    let question: Reply['question'];
    for (let i = 0; i < questions; i++) {
      const name = reader.name(false);
      const type = reader.u16();
      const klass = reader.u16();
      question ??= { name, type: typeName(type), class: klass === 1 ? 'IN' : `CLASS${klass}` };
    }
    const answers = reader.records(reader.u16At(6));
    const authorities = reader.records(reader.u16At(8));
    const rcode = flags & 0xf;
    return {
      ok: true,
      reply: {
        id: reader.u16At(0),
        rcode: RCODES[rcode] ?? `RCODE_${rcode}`,
        truncated: (flags & TC) !== 0,
        authenticated: (flags & AD) !== 0,
        question,
        answers,
        authorities,
      },
    };
  } catch (error) {
    if (error instanceof MalformedMessage) return { ok: false, error: error.message };
    throw error;
  }
}

function typeName(type: number): string {
  return TYPE_NAMES.get(type) ?? `TYPE${type}`;
}

class WireReader {
  offset = 0;
  constructor(private readonly bytes: Buffer) {}

  u16At(at: number): number {
    if (at + 2 > this.bytes.length) throw new MalformedMessage('message ends inside a field');
    return ((this.bytes[at] as number) << 8) | (this.bytes[at + 1] as number);
  }

  u16(): number {
    const value = this.u16At(this.offset);
    this.offset += 2;
    return value;
  }

  u32(): number {
    return this.u16() * 0x10000 + this.u16();
  }

  records(count: number): RawRecord[] {
    const records: RawRecord[] = [];
    for (let i = 0; i < count; i++) {
      const name = this.name(false);
      const type = this.u16();
      this.offset += 2; // CLASS: the question's class is checked, the records' are not read
      const ttl = this.u32();
      const length = this.u16();
      const end = this.offset + length;
      if (end > this.bytes.length) throw new MalformedMessage(`RDATA of ${name} runs past the end`);
      const data = this.data(type, end);
      if (data !== undefined && this.offset !== end)
        throw new MalformedMessage(`RDATA of ${name} does not fill its RDLENGTH`);
      this.offset = end;
      records.push({ name, type: typeName(type), ttl, data });
    }
    return records;
  }

  /** The RDATA of the types the audit reads, in dns-packet's shapes (record-data.ts). */
  private data(type: number, end: number): unknown {
    const bytes = this.bytes;
    switch (type) {
      case RR_TYPE_CODES.A:
        if (end - this.offset !== 4) throw new MalformedMessage('A record that is not 4 octets');
        this.offset = end;
        return `${bytes[end - 4]}.${bytes[end - 3]}.${bytes[end - 2]}.${bytes[end - 1]}`;
      case RR_TYPE_CODES.AAAA:
        if (end - this.offset !== 16) throw new MalformedMessage('AAAA record that is not 16 octets');
        return this.ipv6(end);
      case RR_TYPE_CODES.NS:
      case RR_TYPE_CODES.CNAME:
      case RR_TYPE_CODES.PTR:
        return this.name(false);
      case RR_TYPE_CODES.MX:
        return { preference: this.u16(), exchange: this.name(false) };
      case RR_TYPE_CODES.SOA: {
        const mname = this.name(false);
        const rname = this.name(true);
        const serial = this.u32();
        this.offset += 12; // REFRESH, RETRY, EXPIRE
        return { mname, rname, serial, minimum: this.u32() };
      }
      case RR_TYPE_CODES.TXT:
        return this.characterStrings(end);
      case RR_TYPE_CODES.TLSA:
        return this.tlsa(end);
      case RR_TYPE_CODES.SPF: {
        // Raw RDATA, TXT's format (RFC 4408 §3.1.1); record-data.ts splits it.
        const raw = bytes.subarray(this.offset, end);
        this.offset = end;
        return raw;
      }
      default:
        return undefined;
    }
  }

  /** RFC 6698 §2.1: usage, selector and matching type octets, then the association data. */
  private tlsa(end: number): { usage: number; selector: number; matchingType: number; data: string } {
    if (end - this.offset < 3) throw new MalformedMessage('TLSA record shorter than 3 octets');
    const [usage, selector, matchingType] = this.bytes.subarray(this.offset, this.offset + 3);
    const data = this.bytes.toString('hex', this.offset + 3, end);
    this.offset = end;
    return {
      usage: usage as number,
      selector: selector as number,
      matchingType: matchingType as number,
      data,
    };
  }

  /** RFC 1035 §3.3.14: one or more <character-string>s filling the RDATA. */
  private characterStrings(end: number): Uint8Array[] {
    const strings: Uint8Array[] = [];
    while (this.offset < end) {
      const length = this.bytes[this.offset++] as number;
      if (this.offset + length > end) throw new MalformedMessage('TXT string runs past its RDATA');
      strings.push(this.bytes.subarray(this.offset, this.offset + length));
      this.offset += length;
    }
    return strings;
  }

  /** Eight groups in hex, the longest run of zero groups as '::' (as dns-packet wrote them). */
  private ipv6(end: number): string {
    const groups: string[] = [];
    for (let at = end - 16; at < end; at += 2) groups.push(this.u16At(at).toString(16));
    this.offset = end;
    return groups
      .join(':')
      .replace(/(^|:)0(:0)*:0(:|$)/, '$1::$3')
      .replace(/:{3,4}/, '::');
  }

  /**
   * A domain name (RFC 1035 §4.1.4), labels decoded as UTF-8 and joined by dots; the root is '.'.
   * `mail`: an SOA RNAME, whose first label may hold dots (RFC 1035 §8), escaped as '\.'.
   */
  name(mail: boolean): string {
    const bytes = this.bytes;
    let at = this.offset;
    let segmentStart = at;
    let jumped = false;
    let octets = 0;
    let name = '';
    let labels = 0;
    for (;;) {
      if (at >= bytes.length) throw new MalformedMessage('name runs past the end of the message');
      const length = bytes[at++] as number;
      if (length === 0) break;
      if ((length & 0xc0) === 0xc0) {
        if (at >= bytes.length) throw new MalformedMessage('name runs past the end of the message');
        const target = ((length & 0x3f) << 8) | (bytes[at] as number);
        if (target >= segmentStart)
          throw new MalformedMessage('compression pointer that does not point backwards');
        if (!jumped) this.offset = at + 1;
        jumped = true;
        at = target;
        segmentStart = target;
        continue;
      }
      if ((length & 0xc0) !== 0) throw new MalformedMessage('label with reserved length bits');
      if (at + length > bytes.length) throw new MalformedMessage('name runs past the end of the message');
      octets += length + 1;
      if (octets > 254) throw new MalformedMessage('name longer than 255 octets');
      let label = bytes.toString('utf8', at, at + length);
      if (mail) label = label.replace(/\./g, '\\.');
      name = labels++ === 0 ? label : `${name}.${label}`;
      at += length;
    }
    if (!jumped) this.offset = at;
    return labels === 0 ? '.' : name;
  }
}
