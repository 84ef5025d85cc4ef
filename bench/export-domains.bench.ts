/**
 * The streamed domains export at two sizes: N synthetic domains (bench/scale) with a current state
 * each, registered with bulk SQL in a scratch database, exported as CSV, NDJSON and XLSX through
 * exportDomainsResponse and read as fast as possible. Prints rows/s, time to the first byte and to
 * the first domain row, and the peak growth of heap and RSS over the export; the large/small ratio of
 * peak growth stays near 1 when the export streams (it would be ≈ 10 if it were built in memory).
 *
 *   DATABASE_URL=postgresql://…superuser… node --expose-gc --import tsx bench/export-domains.bench.ts
 *   (optional: --small 10000 --large 100000)
 */
import { parseArgs } from 'node:util';
import { registerScaleDomains } from '@/bench/scale/register-domains';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import type { DomainExportFormat } from '@/lib/exports/domain-export-format';
import { DOMAIN_EXPORT_FORMAT_NAMES } from '@/lib/exports/domain-export-format';
import { exportDomainsResponse } from '@/lib/exports/domain-export-response';
import { domainListFilter } from '@/lib/queries/domain-list-filter';
import { createScratchDatabase } from '@/testing/scratch-database';

const MiB = 1024 * 1024;

/**
 * A complete current state for every domain not yet scanned, flags spread by a hash of the name;
 * its run number 0 is no run's (numbers start at 1): no stored scan behind it.
 */
async function fillCurrentState(db: PrismaClient): Promise<void> {
  await db.$executeRaw`
    INSERT INTO domain_current_state AS c (domain_id, last_run_number, last_scan_at, last_scan_status,
      complete_run_number, complete_at, stale, spf_published, spf_valid, dkim_published, dmarc_published,
      dmarc_enforcing, adsp_published, sender_id_published, null_mx, finding_ids, errors, warnings, updated_at)
    SELECT id, 0, now(), 'complete', 0, now(), h % 41 = 0, h % 10 <> 0, h % 10 > 1, h % 7 = 0,
      h % 3 <> 0, h % 3 = 1, h % 97 = 0, h % 50 = 0, parked,
      CASE h % 3 WHEN 0 THEN ARRAY['dmarc.missing'] WHEN 2 THEN ARRAY['dmarc.policy-none', 'dkim.none-found']
        ELSE '{}'::text[] END,
      0, CASE h % 3 WHEN 0 THEN 1 WHEN 2 THEN 2 ELSE 0 END, now()
    FROM (SELECT id, parked, abs(hashtext(ascii)) AS h FROM domains) d
    ON CONFLICT (domain_id) DO UPDATE SET last_run_number = EXCLUDED.last_run_number,
      last_scan_at = EXCLUDED.last_scan_at, last_scan_status = EXCLUDED.last_scan_status,
      complete_run_number = EXCLUDED.complete_run_number, complete_at = EXCLUDED.complete_at,
      stale = EXCLUDED.stale, spf_published = EXCLUDED.spf_published, spf_valid = EXCLUDED.spf_valid,
      dkim_published = EXCLUDED.dkim_published, dmarc_published = EXCLUDED.dmarc_published,
      dmarc_enforcing = EXCLUDED.dmarc_enforcing, adsp_published = EXCLUDED.adsp_published,
      sender_id_published = EXCLUDED.sender_id_published, null_mx = EXCLUDED.null_mx,
      finding_ids = EXCLUDED.finding_ids, errors = EXCLUDED.errors, warnings = EXCLUDED.warnings
    WHERE c.complete_run_number IS NULL`;
  await db.$executeRaw`ANALYZE domain_current_state`;
}

interface Measured {
  rows: number;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  firstRowMs: number;
  /** Peak heap growth as V8 lets it grow (garbage included). */
  heapMiB: number;
  /** Peak growth of what is still reachable, measured after a full GC every 250 ms: the live set. */
  liveMiB: number;
  rssMiB: number;
}

function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
}

/** Exports everything in `format`, sampling memory every 20 ms and at every chunk. */
async function measure(db: PrismaClient, format: DomainExportFormat): Promise<Measured> {
  collectGarbage();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  let live = base.heapUsed;
  let lastGc = performance.now();
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, 20);
  const start = performance.now();
  const response = exportDomainsResponse(systemViewer(), domainListFilter.parse({}), format, { db });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let bytes = 0;
  let newlines = 0;
  let firstByteMs = -1;
  let firstRowMs = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstByteMs < 0) firstByteMs = performance.now() - start;
    bytes += value.length;
    // A row in CSV/NDJSON is a line; the header alone is one line. XLSX is zipped: first data = 2nd chunk.
    for (const byte of value) if (byte === 10) newlines++;
    if (firstRowMs < 0 && (format === 'xlsx' ? bytes > value.length : newlines >= (format === 'csv' ? 2 : 1)))
      firstRowMs = performance.now() - start;
    sample();
    if (performance.now() - lastGc > 250 && collectGarbage()) {
      live = Math.max(live, process.memoryUsage().heapUsed);
      lastGc = performance.now();
    }
  }
  clearInterval(timer);
  const seconds = (performance.now() - start) / 1000;
  const rows = format === 'xlsx' ? Number.NaN : newlines - (format === 'csv' ? 1 : 0);
  return {
    rows,
    bytes,
    seconds,
    firstByteMs,
    firstRowMs,
    heapMiB: (heap - base.heapUsed) / MiB,
    liveMiB: (live - base.heapUsed) / MiB,
    rssMiB: (rss - base.rss) / MiB,
  };
}

function line(size: number, format: string, m: Measured): string {
  const rowsPerSecond = Math.round(size / m.seconds);
  return [
    String(size).padStart(7),
    format.padEnd(7),
    (Number.isNaN(m.rows) ? '—' : String(m.rows)).padStart(7),
    (m.bytes / MiB).toFixed(1).padStart(8),
    m.seconds.toFixed(2).padStart(7),
    String(rowsPerSecond).padStart(8),
    m.firstByteMs.toFixed(0).padStart(7),
    m.firstRowMs.toFixed(0).padStart(8),
    m.heapMiB.toFixed(1).padStart(9),
    m.liveMiB.toFixed(1).padStart(9),
    m.rssMiB.toFixed(1).padStart(8),
  ].join(' ');
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { small: { type: 'string' }, large: { type: 'string' } },
  });
  const sizes = [Number(values.small ?? 10_000), Number(values.large ?? 100_000)] as const;
  if (!(globalThis as { gc?: unknown }).gc)
    console.log('(run node with --expose-gc for steadier memory figures)');
  const scratch = await createScratchDatabase('bench_export');
  try {
    const peaks = new Map<string, number[]>();
    console.log(
      '   size format     rows      MiB       s    rows/s  1st B ms 1st row  heap MiB  live MiB  RSS MiB',
    );
    for (const size of sizes) {
      const started = performance.now();
      await registerScaleDomains(scratch.db, size);
      await fillCurrentState(scratch.db);
      console.log(
        `(${size} domains registered with current state in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
      for (const format of DOMAIN_EXPORT_FORMAT_NAMES) {
        const measured = await measure(scratch.db, format);
        console.log(line(size, format, measured));
        peaks.set(format, [...(peaks.get(format) ?? []), Math.max(measured.liveMiB, 0.1)]);
      }
    }
    for (const [format, [small, large]] of peaks)
      console.log(
        `${format}: peak live heap growth ${small?.toFixed(1)} → ${large?.toFixed(1)} MiB, ratio ${((large ?? 0) / (small ?? 1)).toFixed(2)} for ${sizes[1] / sizes[0]}× the domains`,
      );
  } finally {
    await scratch.drop();
  }
}

await main(process.argv.slice(2));
