/**
 * How fast DMARC aggregate reports are read (issue 14 asks for reports/s and records/s of ingest):
 * synthetic reports (seeded) through readDmarcInput, the path every upload, API call, CLI file and
 * IMAP message takes — small daily reports (1–40 records, as most reporters send) and one report of
 * 100,000 records (the limit), each as .xml, .xml.gz, .zip and .eml. Prints per run reports and records
 * per second of wall time and of this process's CPU time (user + system: what one process
 * sustains, whatever else loads the machine), the medians, and the cost of each container
 * relative to plain XML. This is the parse part; storing is measured where it is written.
 *
 *   tsx bench/dmarc-ingest.bench.ts [--small 2000] [--runs 3]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readDmarcInput } from '@/audit/dmarc-report/read-dmarc-input';
import { reportMail } from '@/testing/dmarc-report/report-mail';
import { syntheticReportXml } from '@/testing/dmarc-report/synthetic-report';
import { zipArchive } from '@/testing/dmarc-report/zip-archive';

type Container = 'xml' | 'gz' | 'zip' | 'eml';
const CONTAINERS: Container[] = ['xml', 'gz', 'zip', 'eml'];

interface Rate {
  reportsPerSecond: number;
  recordsPerSecond: number;
  cpuReportsPerSecond: number;
  cpuRecordsPerSecond: number;
}

function pack(xml: string, container: Container): Uint8Array {
  if (container === 'xml') return Buffer.from(xml);
  if (container === 'gz') return gzipSync(xml);
  if (container === 'zip') return zipArchive([{ name: 'report.xml', data: xml }]);
  // As receivers mail them (and the IMAP pull reads them): the gzip attached to a short message.
  return Buffer.from(
    reportMail({
      attachments: [{ name: 'report.xml.gz', contentType: 'application/gzip', data: gzipSync(xml) }],
    }),
  );
}

async function measure(inputs: Uint8Array[]): Promise<Rate> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let reports = 0;
  let records = 0;
  for (const input of inputs) {
    const result = await readDmarcInput(input, 'bench');
    if ('refused' in result) throw new Error(`synthetic report refused: ${result.refused}`);
    reports += result.reports.length;
    for (const report of result.reports) records += report.records.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    reportsPerSecond: reports / seconds,
    recordsPerSecond: records / seconds,
    cpuReportsPerSecond: reports / cpuSeconds,
    cpuRecordsPerSecond: records / cpuSeconds,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (n: number) => (n < 100 ? n.toFixed(2) : Math.round(n).toLocaleString('en'));

async function bench(label: string, xmls: string[], runs: number): Promise<Map<Container, Rate>> {
  const medians = new Map<Container, Rate>();
  for (const container of CONTAINERS) {
    const inputs = xmls.map((xml) => pack(xml, container));
    const rates: Rate[] = [];
    for (let run = 0; run < runs; run++) rates.push(await measure(inputs));
    const rate: Rate = {
      reportsPerSecond: median(rates.map((r) => r.reportsPerSecond)),
      recordsPerSecond: median(rates.map((r) => r.recordsPerSecond)),
      cpuReportsPerSecond: median(rates.map((r) => r.cpuReportsPerSecond)),
      cpuRecordsPerSecond: median(rates.map((r) => r.cpuRecordsPerSecond)),
    };
    medians.set(container, rate);
    console.log(
      `${label} .${container.padEnd(3)}  wall ${fmt(rate.reportsPerSecond)} reports/s, ${fmt(rate.recordsPerSecond)} records/s;` +
        `  CPU ${fmt(rate.cpuReportsPerSecond)} reports/s, ${fmt(rate.cpuRecordsPerSecond)} records/s (median of ${runs})`,
    );
  }
  const xml = medians.get('xml')?.cpuRecordsPerSecond ?? 1;
  const ratios = CONTAINERS.slice(1).map(
    (c) => `.${c} ${(xml / (medians.get(c)?.cpuRecordsPerSecond ?? 1)).toFixed(2)}×`,
  );
  console.log(`${label} CPU cost relative to .xml: ${ratios.join(', ')}`);
  return medians;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { small: { type: 'string' }, runs: { type: 'string' } },
  });
  const small = Number(values.small ?? 2_000);
  const runs = Number(values.runs ?? 3);
  const daily = Array.from({ length: small }, (_, i) =>
    syntheticReportXml({ records: 1 + (i % 40), seed: i, reportId: `daily-${i}`, rfc9990: i % 2 === 0 }),
  );
  const dailyRecords = daily.reduce((sum, _, i) => sum + 1 + (i % 40), 0);
  console.log(`small: ${small} daily reports, ${dailyRecords} records`);
  // Warm-up, not counted: the first container measured would otherwise pay for the JIT.
  await measure(daily.slice(0, 200).flatMap((xml) => CONTAINERS.map((container) => pack(xml, container))));
  const smallRates = await bench('small', daily, runs);
  const large = syntheticReportXml({ records: 100_000, reportId: 'large' });
  console.log(`large: 1 report of 100,000 records, ${(large.length / 1024 / 1024).toFixed(1)} MiB of XML`);
  const largeRates = await bench('large', [large], runs);
  const perRecord =
    (smallRates.get('xml')?.cpuRecordsPerSecond ?? 0) / (largeRates.get('xml')?.cpuRecordsPerSecond ?? 1);
  console.log(`records/s of small reports relative to the large one (.xml, CPU): ${perRecord.toFixed(2)}×`);
}

await main(process.argv.slice(2));
