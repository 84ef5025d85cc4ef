import { randomBytes } from 'node:crypto';
import { formatUuid } from '@/lib/db/format-uuid';

/** A UUIDv7 (RFC 9562 §5.7), as the schema's @default(uuid(7)) makes them, for rows written in bulk by SQL. */
export function uuidv7(): string {
  return formatUuidv7(randomBytes(16), Date.now());
}

/**
 * `count` UUIDv7s from one draw of random bytes: a call to randomBytes per id cost seconds for
 * the 100,000 records of one DMARC report.
 */
export function uuidv7s(count: number): string[] {
  const random = randomBytes(16 * count);
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => formatUuidv7(random.subarray(16 * i, 16 * i + 16), now));
}

function formatUuidv7(bytes: Buffer, now: number): string {
  bytes.writeUIntBE(now, 0, 6);
  return formatUuid(bytes, 7);
}
