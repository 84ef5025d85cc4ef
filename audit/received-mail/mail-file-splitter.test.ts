import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { MailFileSplitter } from './mail-file-splitter';

function split(name: string, text: string, chunk = 2): Array<string | null> {
  const blocks: Array<string | null> = [];
  const splitter = new MailFileSplitter(name, (block) => blocks.push(block?.toString('latin1') ?? null));
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length && !splitter.done; i += chunk) splitter.push(bytes.subarray(i, i + chunk));
  splitter.end();
  return blocks;
}

const MBOX = 'From a Thu Jan  1 00:00:00 2026\nSubject: 1\n\nFrom b Thu Jan  1 00:00:00 2026\nSubject: 2\n\n';

describe('MailFileSplitter', () => {
  it('reads a file starting with "From " as an mbox, in chunks of any size', () => {
    expect(split('inbox', MBOX)).toEqual(['Subject: 1\n', 'Subject: 2\n']);
    expect(split('inbox', MBOX, 1000)).toEqual(['Subject: 1\n', 'Subject: 2\n']);
  });

  it('reads any other file, and every .eml, as one message whose body never splits', () => {
    const message = 'Subject: one\n\nbody\nFrom here on a body line\n';
    expect(split('1733.M1P2.host:2,S', message)).toEqual(['Subject: one\n']);
    expect(split('x.EML', `From x\n${message}`)).toEqual(['Subject: one\n']);
  });

  it('finds nothing in an empty file and one malformed message in a tiny one', () => {
    expect(split('empty', '')).toEqual([]);
    expect(split('tiny', '\n\n')).toEqual([null]);
  });
});
