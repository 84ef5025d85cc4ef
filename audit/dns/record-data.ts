/**
 * Turns one decoded resource record into the public RecordData of its type (types.ts).
 */
import { normalizeName } from './names';
import type { MxRecord, RecordData, RRType, SoaRecord, TlsaRecord } from './types';

/** Non-fatal: bytes that are not UTF-8 become U+FFFD instead of failing the whole record. */
const utf8 = new TextDecoder('utf-8');

type Converter<T extends RRType> = (data: unknown) => RecordData[T];

const converters: { [T in RRType]: Converter<T> } = {
  A: String,
  AAAA: String,
  MX: (data) => {
    const mx = data as { preference?: number; exchange: string };
    return { preference: mx.preference ?? 0, exchange: normalizeName(mx.exchange) } satisfies MxRecord;
  },
  TXT: (data) => (data as Uint8Array[]).map((bytes) => utf8.decode(bytes)),
  // decode-reply.ts hands over type 99 as raw RDATA, which has TXT's format (RFC 4408 §3.1.1).
  SPF: (data) => splitCharacterStrings(data as Uint8Array).map((bytes) => utf8.decode(bytes)),
  CNAME: (data) => normalizeName(String(data)),
  PTR: (data) => normalizeName(String(data)),
  NS: (data) => normalizeName(String(data)),
  SOA: (data) => {
    const soa = data as { mname: string; rname: string; serial?: number; minimum?: number };
    return {
      mname: normalizeName(soa.mname),
      rname: normalizeName(soa.rname),
      serial: soa.serial ?? 0,
      minimum: soa.minimum ?? 0,
    } satisfies SoaRecord;
  },
  // decode-reply.ts already gives TLSA its public shape.
  TLSA: (data) => ({ ...(data as TlsaRecord) }),
};

/** The RecordData of a record of type `type`, from its decoded `data` (decode-reply.ts). */
export function toRecordData<T extends RRType>(type: T, data: unknown): RecordData[T] {
  return (converters[type] as Converter<T>)(data);
}

/** RFC 1035 §3.3: a <character-string> is one length octet and that many octets; a short tail is kept. */
export function splitCharacterStrings(rdata: Uint8Array): Uint8Array[] {
  const strings: Uint8Array[] = [];
  let offset = 0;
  while (offset < rdata.length) {
    const length = rdata[offset] ?? 0;
    strings.push(rdata.subarray(offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  return strings;
}
