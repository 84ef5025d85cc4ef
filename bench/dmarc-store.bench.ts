/**
 * What storing parsed DMARC aggregate reports costs: recordDmarcReport (one transaction per report:
 * records, per-day spread, sources, learned selectors, audit entry) for daily reports of 1–40
 * records, and one report of 100,000 records. Reverse DNS answers from memory (every address has a
 * name), so this measures storage, not a network. Prints reports/s and records/s by wall time.
 * Run: DATABASE_URL=postgresql://…superuser… npx tsx bench/dmarc-store.bench.ts [--small 500]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { DmarcAggregateReport, DmarcReportRecord } from '@/audit/dmarc-report/types';
import type { Resolver } from '@/audit/dns/types';
import type { PrismaClient } from '@/generated/prisma/client';
import { recordDmarcReport } from '@/lib/dmarc/record-dmarc-report';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { createScratchDatabase } from '@/testing/scratch-database';
import { randomFor } from '@/testing/seeded-random';

const actor = { userId: null, label: 'bench' };

/** Every PTR query answers one name: storage, not DNS, is what is measured. */
const resolver: Resolver = {
  async query(name, type) {
    return { name, type, outcome: 'answer', records: ['mail.bench.test' as never], ttl: 300, cnames: [] };
  },
};

function records(seed: number, index: number, count: number): DmarcReportRecord[] {
  const random = randomFor(seed, index);
  return Array.from({ length: count }, (_, i) =>
    sampleRecord({
      sourceIp: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      count: 1 + Math.floor(random() * 500),
      dkimAligned: random() < 0.8 ? 'pass' : 'fail',
      spfAligned: random() < 0.7 ? 'pass' : 'fail',
      dkim: [{ domain: 'bench.test', selector: `s${Math.floor(random() * 5)}`, result: 'pass' }],
    }),
  );
}

async function store(db: PrismaClient, reports: DmarcAggregateReport[]) {
  const start = performance.now();
  for (const report of reports)
    await recordDmarcReport(
      actor,
      report,
      { route: 'cli', label: 'bench' },
      { db, resolver, timeZone: 'UTC' },
    );
  const seconds = (performance.now() - start) / 1000;
  const total = reports.reduce((sum, report) => sum + report.records.length, 0);
  return { reportsPerSecond: reports.length / seconds, recordsPerSecond: total / seconds };
}

async function main() {
  const { values } = parseArgs({ options: { small: { type: 'string', default: '500' } } });
  const small = Number(values.small);
  const scratch = await createScratchDatabase('bench_dmarc_store');
  try {
    const daily = Array.from({ length: small }, (_, i) =>
      sampleReport({ reportId: `daily-${i}`, policyDomain: 'bench.test' }, records(1, i, 1 + (i % 40))),
    );
    const large = [sampleReport({ reportId: 'large', policyDomain: 'bench.test' }, records(2, 0, 100_000))];
    for (const [name, reports] of [
      [`${small} daily reports (1–40 records)`, daily],
      ['1 report of 100,000 records', large],
    ] as const) {
      const { reportsPerSecond, recordsPerSecond } = await store(scratch.db, [...reports]);
      console.log(
        `${name}: ${reportsPerSecond.toFixed(2)} reports/s, ${recordsPerSecond.toFixed(0)} records/s`,
      );
    }
  } finally {
    await scratch.drop();
  }
}

await main();
