import { describe, expect, it } from 'vitest';
import { MAX_HEADER_FIELDS, readHeaderFields, wantedFields } from './read-header-fields';

const WANTED = wantedFields(['received', 'received-spf', 'from']);

describe('readHeaderFields', () => {
  it('keeps folded values whole, LF or CRLF, and only the wanted names', () => {
    const lf = 'Received: from a\n\tby b; 1 Jan 2026 00:00 +0000\nSubject: x\nFrom: <a@b.jp>\n';
    expect(readHeaderFields(lf, WANTED)).toEqual([
      { name: 'received', value: ' from a\n\tby b; 1 Jan 2026 00:00 +0000' },
      { name: 'from', value: ' <a@b.jp>' },
    ]);
    expect(readHeaderFields(lf.replace(/\n/g, '\r\n'), WANTED)).toEqual([
      { name: 'received', value: ' from a\r\n\tby b; 1 Jan 2026 00:00 +0000\r' },
      { name: 'from', value: ' <a@b.jp>\r' },
    ]);
  });

  it('matches names in any case, with white space before the colon, and tells prefixes apart', () => {
    const block = 'RECEIVED-spf : pass\nreceived\u00a0: x\nReceived-SPFX: no\nR: no\nFrom-X: no\nFROM:y\n';
    expect(readHeaderFields(block, WANTED)).toEqual([
      { name: 'received-spf', value: ' pass' },
      { name: 'received', value: ' x' },
      { name: 'from', value: 'y' },
    ]);
  });

  it('skips lines that are no field: an mbox "From " line, a name with a space or 8-bit byte, junk', () => {
    const block =
      'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\nFr\u00e9m: x\nno colon here\n: empty name\nFrom: ok\n';
    expect(readHeaderFields(block, WANTED)).toEqual([{ name: 'from', value: ' ok' }]);
  });

  it(`reads no further than ${MAX_HEADER_FIELDS} fields of a huge header block`, () => {
    const block = `${'X-Filler: 1\n'.repeat(MAX_HEADER_FIELDS - 1)}From: kept\nFrom: past the bound\n`;
    expect(readHeaderFields(block, WANTED)).toEqual([{ name: 'from', value: ' kept' }]);
  });
});
