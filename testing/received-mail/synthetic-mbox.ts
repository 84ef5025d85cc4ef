import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { randomFor } from '../seeded-random';
import { mboxText, messageText } from './mail-text';

const SENDERS = [
  'example.co.jp',
  'news.example.com',
  'mail.example.go.jp',
  'shop.example.ne.jp',
  'example.org',
];
const SPF = ['pass', 'pass', 'pass', 'pass', 'softfail', 'none', 'hardfail', 'temperror'];
const DKIM = ['pass', 'pass', 'fail', 'none'];
const DMARC = ['pass', 'pass', 'fail', 'none'];
const BASE64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];

/**
 * Writes `count` messages shaped like a receiver's mail to an mbox at `path`: a trusted
 * Authentication-Results field, three Received fields, a DKIM-Signature and ARC set of realistic
 * length (about 3 KB of header in all) and 1–4 KB of body, received over one year in order. Seeded:
 * the same count writes the same file.
 */
export async function writeSyntheticMbox(path: string, count: number, seed = 13): Promise<number> {
  // Large writes: waiting for 'drain' every few messages left the writer mostly idle.
  const out = createWriteStream(path, { highWaterMark: 4 * 1024 * 1024 });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = mboxText([syntheticMessage(i, count, randomFor(seed, i))]);
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** Message `i` of `count`, received in order over 2026 as a mailbox fills (a few minutes' jitter). */
function syntheticMessage(i: number, count: number, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // A loop over a fixed alphabet: the bench writes ~1 GB of this, and the draws must stay the same.
  const noise = (length: number) => {
    let text = '';
    for (let n = 0; n < length; n++) text += pick(BASE64);
    return text;
  };
  const sender = pick(SENDERS);
  const at = Date.UTC(2026, 0, 1) + Math.floor(((i + random()) / count) * 365 * 86_400_000);
  const date = new Date(at).toUTCString().replace('GMT', '+0000');
  const signature = `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${sender}; s=s1; h=from:to:subject:date:message-id;\n\tbh=${noise(44)};\n\tb=${noise(344).replace(/(.{70})/g, '$1\n\t ')}`;
  return messageText(
    {
      authResults: [
        `mx.kensa.test;\n\tdkim=${pick(DKIM)} header.d=${sender} header.s=s1 header.b=${noise(8)};\n\tspf=${pick(SPF)} (mx.kensa.test: domain of bounce@${sender} designates 192.0.2.1 as permitted sender) smtp.mailfrom=bounce@${sender};\n\tdmarc=${pick(DMARC)} (p=REJECT sp=REJECT dis=NONE) header.from=${sender}`,
      ],
      received: [date, date, date],
      extra: [
        `ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none; d=relay.example.net; s=arc;\n\tb=${noise(344).replace(/(.{70})/g, '$1\n\t ')}`,
        `DKIM-Signature: ${signature}`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'To: someone@example.jp',
      ],
      date,
      from: `News <news@${sender}>`,
      messageId: `${i}.${noise(12)}@${sender}`,
    },
    `${noise(60 + Math.floor(random() * 3000)).replace(/(.{76})/g, '$1\n')}\nFrom the desk of the editor.\n`,
  );
}
