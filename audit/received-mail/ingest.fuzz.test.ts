import { Buffer } from 'node:buffer';
import { expect, it } from 'vitest';
import { randomFor } from '@/testing/seeded-random';
import { classifyMessage, type MessageOutcome } from './classify-message';
import { MessageSplitter } from './message-splitter';

/**
 * Deterministic fuzz of the ingest core on hostile mailboxes: byte streams built from mbox and
 * header pieces, junk and random bytes (seeded). The splitter must give the same header blocks
 * however the stream is chunked, and classifying any block must never throw.
 */
const ITERATIONS = 3_000;
const PIECES = [
  'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n',
  'From ',
  '>From x\n',
  'Received: from a by mx.kensa.test; Mon, 5 Jan 2026 10:00:00 +0900\n',
  'Received: junk;\n',
  'Date: 1 Jan 1969 00:00 +0000\n',
  'Message-ID: <a@b>\n',
  'Message-ID: <>\n',
  'Authentication-Results: mx.kensa.test; spf=pass smtp.mailfrom=a@example.jp; dkim=fail\n',
  'Authentication-Results: mx.kensa.test; (((\n',
  'From: <@>\n',
  'From: "x" <user@[192.0.2.1]>\n',
  ' folded continuation\n',
  '\tmore\r\n',
  '\n',
  '\r\n',
  '\r',
  ':',
  'body text\n',
];

function stream(random: () => number): Buffer {
  const parts: Buffer[] = [];
  for (let n = Math.floor(random() * 40); n > 0; n--) {
    if (random() < 0.15)
      parts.push(
        Buffer.from(Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 256))),
      );
    else parts.push(Buffer.from(PIECES[Math.floor(random() * PIECES.length)] ?? ''));
  }
  return Buffer.concat(parts);
}

function splitAll(bytes: Buffer, mbox: boolean, chunk: number): MessageOutcome[] {
  const outcomes: MessageOutcome[] = [];
  const splitter = new MessageSplitter(mbox, (block) =>
    outcomes.push(classifyMessage(block, new Set(['mx.kensa.test']))),
  );
  for (let i = 0; i < bytes.length && !splitter.done; i += chunk) splitter.push(bytes.subarray(i, i + chunk));
  splitter.end();
  return outcomes;
}

it(`splits and classifies ${ITERATIONS} hostile streams the same in any chunking, without throwing`, () => {
  const random = randomFor(4155, 0);
  let messages = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const bytes = stream(random);
    const mbox = random() < 0.8;
    const whole = splitAll(bytes, mbox, bytes.length + 1);
    const chunked = splitAll(bytes, mbox, 1 + Math.floor(random() * 16));
    expect(chunked).toEqual(whole);
    messages += whole.length;
  }
  expect(messages).toBeGreaterThan(ITERATIONS);
});
