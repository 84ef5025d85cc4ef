import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scanResultId } from './scan-result-id';

const RUN = '01900000-0000-7000-8000-000000000101';
const DOMAIN = '01900000-0000-7000-8000-000000000001';

describe('scanResultId', () => {
  it('is a version-8 uuid with the RFC 9562 variant, the same for the same run and domain', () => {
    const id = scanResultId(RUN, DOMAIN);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(scanResultId(RUN, DOMAIN)).toBe(id);
  });

  it('differs for another run or another domain (the pair, not either uuid alone)', () => {
    const other = '01900000-0000-7000-8000-000000000102';
    const ids = new Set([
      scanResultId(RUN, DOMAIN),
      scanResultId(other, DOMAIN),
      scanResultId(RUN, other),
      scanResultId(DOMAIN, RUN),
    ]);
    expect(ids.size).toBe(4);
  });

  it('is the first 16 bytes of SHA-256("run/domain") with the version and variant bits set', () => {
    // sha256("a/b") = c14cddc0 33f6 4b9d ea80 ea675cf280a0 …; byte 6 4b → 8b (version 8), byte 8 ea → aa (variant 10).
    expect(scanResultId('a', 'b')).toBe('c14cddc0-33f6-8b9d-aa80-ea675cf280a0');
  });
});
