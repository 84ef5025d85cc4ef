import { Buffer } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import { MAX_HEADER_BLOCK, MessageSplitter } from './message-splitter';

/** Splits `text` fed in chunks of every size from 1 byte up, and checks each gives the same blocks. */
function split(text: string, mbox = true): Array<string | null> {
  const bytes = Buffer.from(text);
  const runs = [1, 2, 3, 5, 7, 64, bytes.length + 1].map((size) => {
    const blocks: Array<string | null> = [];
    const splitter = new MessageSplitter(mbox, (header) => blocks.push(header?.toString('latin1') ?? null));
    for (let i = 0; i < bytes.length && !splitter.done; i += size) splitter.push(bytes.subarray(i, i + size));
    splitter.end();
    return blocks;
  });
  for (const run of runs) expect(run).toEqual(runs[0]);
  return runs[0] ?? [];
}

describe('MessageSplitter on an mbox', () => {
  it('hands on each header block and skips bodies, where ">From " lines never split', () => {
    const mbox = [
      'From a@example.jp Thu Jan  1 00:00:00 2026',
      'Subject: one',
      ' folded',
      '',
      'body line',
      '>From quoted, not a separator',
      '',
      'From b@example.jp Thu Jan  1 00:00:00 2026',
      'Subject: two',
      '',
      'From c@example.jp Thu Jan  1 00:00:00 2026',
      'Subject: three',
      '',
    ].join('\n');
    expect(split(mbox)).toEqual(['Subject: one\n folded\n', 'Subject: two\n', 'Subject: three\n']);
  });

  it('reads CRLF files, and a file without a leading "From " line as one message', () => {
    expect(split('From x\r\nSubject: a\r\n\r\nbody\r\nFrom y\r\nSubject: b\r\n\r\n')).toEqual([
      'Subject: a\r\n',
      'Subject: b\r\n',
    ]);
    expect(split('Subject: no separator\n\nbody\n')).toEqual(['Subject: no separator\n']);
  });

  it('reports a message without a header block as null, and one cut short by the next separator', () => {
    expect(split('From x\n\nbody only\nFrom y\nSubject: no body\nFrom z\nSubject: last')).toEqual([
      null,
      'Subject: no body\n',
      'Subject: last',
    ]);
  });

  it('gives up on a header block past MAX_HEADER_BLOCK and finds the next message', () => {
    const huge = `From x\nX-Junk: ${'a'.repeat(MAX_HEADER_BLOCK)}\n\nFrom y\nSubject: next\n\n`;
    const blocks: Array<string | null> = [];
    const splitter = new MessageSplitter(true, (header) => blocks.push(header?.toString('latin1') ?? null));
    splitter.push(Buffer.from(huge));
    splitter.end();
    expect(blocks).toEqual([null, 'Subject: next\n']);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('joins a header block cut by a read to no more of the next chunk than it reaches (%s)', (_, eol) => {
    const message = (n: number) =>
      `From x\nSubject: ${n}\nX-Long: ${'h'.repeat(300)}\n\n${`${'b'.repeat(70)}\n`.repeat(50)}`.replace(
        /\n/g,
        eol,
      );
    const bytes = Buffer.from(Array.from({ length: 2_000 }, (_, n) => message(n)).join(''));
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      const blocks: Array<string | null> = [];
      const splitter = new MessageSplitter(true, (header) => blocks.push(header?.toString('latin1') ?? null));
      // 64 KiB reads: most seams fall in a body, some in a header block.
      for (let at = 0; at < bytes.length; at += 65_536) splitter.push(bytes.subarray(at, at + 65_536));
      splitter.end();
      expect(blocks).toHaveLength(2_000);
      expect(blocks[1_999]).toBe(`Subject: 1999${eol}X-Long: ${'h'.repeat(300)}${eol}`);
      const joined = concat.mock.results.reduce((sum, result) => sum + (result.value as Buffer).length, 0);
      // Bytes joined per seam: whole chunks cost thousands here, a header block's reach at most ~350.
      expect(joined / (bytes.length / 65_536)).toBeLessThan(1_000);
    } finally {
      concat.mockRestore();
    }
  });

  it('says nothing for an empty file', () => {
    expect(split('')).toEqual([]);
  });
});

describe('MessageSplitter on one message', () => {
  it('stops at the end of the header block and does not split on "From " in the body', () => {
    expect(split('Subject: eml\r\n\r\nFrom the body\r\n\r\nFrom again\r\n', false)).toEqual([
      'Subject: eml\r\n',
    ]);
  });
});
