import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { reportMail } from '@/testing/dmarc-report/report-mail';
import { syntheticReportXml } from '@/testing/dmarc-report/synthetic-report';
import { zipArchive } from '@/testing/dmarc-report/zip-archive';
import { randomFor } from '@/testing/seeded-random';
import { readDmarcInput } from './read-dmarc-input';
import type { DmarcAggregateReport } from './types';

/**
 * Deterministic fuzz of readDmarcInput (seeded): reports and fixtures with bytes flipped, cut,
 * spliced with XML and MIME pieces, then wrapped in gzip, zip or mail. Whatever comes in, the result
 * is a value — reports that keep the normalisation rules, or a one-line refusal with its contract
 * words — and never an exception.
 */
const ITERATIONS = 1_500;
const SEEDS = [
  ...['mixed-case-two-records.xml', 'rfc9990-namespaced.xml', 'prefixed-namespace.xml'].map((name) =>
    readFileSync(new URL(`fixtures/${name}`, import.meta.url)),
  ),
  Buffer.from(syntheticReportXml({ records: 4, rfc9990: true })),
];
const PIECES = [
  '<!DOCTYPE x>',
  '<!ENTITY a "b">',
  '<record>',
  '</record>',
  '<row>',
  '</feedback>',
  '<feedback>',
  '&amp;',
  '&lol;',
  '&#x0;',
  '&#65;',
  '<![CDATA[',
  ']]>',
  '<?pi x?>',
  '<!-- c -->',
  '<a:b xmlns:a="u">',
  '<count>99999999999</count>',
  '<source_ip>::ffff:1.2.3.4</source_ip>',
  '<begin>-1</begin>',
  ' Pass ',
  '\u0000',
  '\uFEFF',
  '\r\n',
  'From x\n',
  'Content-Type: message/rfc822\r\n\r\n',
  '\x1f\x8b',
  'PK\x03\x04',
];
const KIND_WORDS = {
  doctype: 'DOCTYPE',
  'too-large': 'too large',
  'not-dmarc': 'not a DMARC aggregate report',
};

function mutate(bytes: Buffer, random: () => number): Buffer {
  let out = bytes;
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const at = Math.floor(random() * (out.length + 1));
    const roll = random();
    if (roll < 0.3) {
      const piece = Buffer.from(PIECES[Math.floor(random() * PIECES.length)] ?? '');
      out = Buffer.concat([out.subarray(0, at), piece, out.subarray(at)]);
    } else if (roll < 0.5) out = out.subarray(0, at);
    else if (roll < 0.8) {
      out = Buffer.from(out);
      for (let i = 0; i < 3 && out.length > 0; i++)
        out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    } else out = Buffer.concat([out.subarray(0, at), out.subarray(Math.floor(random() * out.length))]);
  }
  return out;
}

function wrap(bytes: Buffer, random: () => number): Buffer {
  const roll = random();
  if (roll < 0.4) return bytes;
  if (roll < 0.55) return mutate(gzipSync(bytes), random);
  if (roll < 0.65) return gzipSync(bytes);
  if (roll < 0.8)
    return zipArchive([
      { name: 'r.xml', data: bytes },
      { name: 'b.xml', data: mutate(bytes, random) },
    ]);
  const mail = reportMail({
    attachments: [{ name: 'r.xml.gz', contentType: 'application/gzip', data: gzipSync(bytes) }],
  });
  return random() < 0.5 ? Buffer.from(mail) : mutate(Buffer.from(mail), random);
}

function checkReport(report: DmarcAggregateReport): void {
  expect(report.begin <= report.end).toBe(true);
  expect(report.begin).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(report.messages).toBe(report.records.reduce((sum, record) => sum + record.count, 0));
  for (const value of [report.policyPublished.p, ...report.records.map((record) => record.disposition)])
    expect(value).toBe(value.trim().toLowerCase());
  for (const record of report.records) expect(['pass', 'fail']).toContain(record.dkimAligned);
}

it(`reads ${ITERATIONS} mutated inputs to reports or one-line refusals, never throwing`, async () => {
  const random = randomFor(7489, 14);
  const kinds: Record<string, number> = { reports: 0 };
  for (let i = 0; i < ITERATIONS; i++) {
    const seed = SEEDS[Math.floor(random() * SEEDS.length)] ?? Buffer.alloc(0);
    const input = wrap(random() < 0.15 ? seed : mutate(seed, random), random);
    const result = await readDmarcInput(input, `fuzz-${i}`);
    if ('reports' in result) {
      kinds.reports = (kinds.reports ?? 0) + 1;
      for (const report of result.reports) checkReport(report);
    } else {
      kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
      expect(result.refused).toContain(KIND_WORDS[result.kind]);
      expect(result.refused).not.toMatch(/[\r\n]/);
    }
  }
  // The mutations reach every outcome, so the checks above ran on each.
  expect(kinds.reports).toBeGreaterThan(50);
  expect(kinds.doctype).toBeGreaterThan(10);
  expect(kinds['not-dmarc']).toBeGreaterThan(100);
});
