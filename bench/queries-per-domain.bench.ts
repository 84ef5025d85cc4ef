/**
 * Queries per domain that reach Knot, Kensa's engine against a naive sequential auditor
 * (bench/scale/naive-auditor.ts: no cache, no RFC 8020 cut, whole DKIM dictionary) on the same
 * scale zones, Kensa, naive, Kensa (A-B-A), asserting that both report the same about every domain.
 * "The same": comparableReport without what only says how the DKIM dictionary was walked
 * (`dkim.selectorsProbed`, `dkim.shortcut`, and those two in dkim.none-found's evidence).
 *
 *   tsx bench/queries-per-domain.bench.ts [--count 500] [--concurrency 64]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createDnsClient } from '@/audit/dns/dns-client';
import type { AuditReport } from '@/audit/report';
import { scaleDomains } from '@/bench/scale/audit-scale-domains';
import { comparableReport } from '@/bench/scale/comparable-report';
import { runEngineAtKnot } from '@/bench/scale/engine-at-knot';
import { auditNaively } from '@/bench/scale/naive-auditor';
import { withScaleKnot } from '@/bench/scale/scale-knot';

const { values } = parseArgs({ options: { count: { type: 'string' }, concurrency: { type: 'string' } } });
const count = Number(values.count ?? 500);
const concurrency = Number(values.concurrency ?? 64);

/** What a report says about the domain, apart from how the DKIM dictionary was walked. */
function findingsOnly(report: AuditReport): unknown {
  const { dkim, findings, ...rest } = comparableReport(report);
  const { selectorsProbed: _probed, shortcut: _shortcut, ...dkimRest } = dkim;
  const walkFree = (f: (typeof findings)[number]) =>
    f.id === 'dkim.none-found' ? { ...f, evidence: {}, message: '' } : f;
  return {
    ...rest,
    dkim: { ...dkimRest, findings: dkimRest.findings.map(walkFree) },
    findings: findings.map(walkFree),
  };
}

await withScaleKnot(count, async (knot) => {
  const engine: AuditReport[] = [];
  const a1 = await runEngineAtKnot(knot, count, concurrency, undefined, (report, index) => {
    engine[index] = report;
  });
  const client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }] });
  const naive: AuditReport[] = [];
  const before = await knot.queriesReceived();
  const started = performance.now();
  await auditNaively(scaleDomains(count), client, (report, index) => {
    naive[index] = report;
  });
  const naiveSeconds = (performance.now() - started) / 1000;
  const naiveQueries = (await knot.queriesReceived()) - before;
  client.close();
  const a2 = await runEngineAtKnot(knot, count, concurrency);

  const differing = engine.filter(
    (report, i) => !isDeepStrictEqual(findingsOnly(report), findingsOnly(naive[i] as AuditReport)),
  );
  const kensaPerDomain = (a1.queriesAtKnot + a2.queriesAtKnot) / (2 * count);
  const naivePerDomain = naiveQueries / count;
  const kensaSeconds = (a1.seconds + a2.seconds) / 2;
  console.log(
    `A Kensa:  ${(a1.queriesAtKnot / count).toFixed(2)} queries/domain at Knot, ${a1.seconds.toFixed(1)} s`,
  );
  console.log(`B naive:  ${naivePerDomain.toFixed(2)} queries/domain at Knot, ${naiveSeconds.toFixed(1)} s`);
  console.log(
    `A Kensa:  ${(a2.queriesAtKnot / count).toFixed(2)} queries/domain at Knot, ${a2.seconds.toFixed(1)} s`,
  );
  console.log(
    `queries per domain Kensa / naive: ${(kensaPerDomain / naivePerDomain).toFixed(3)} ` +
      `(${kensaPerDomain.toFixed(2)} / ${naivePerDomain.toFixed(2)}); wall time Kensa / naive: ` +
      `${(kensaSeconds / naiveSeconds).toFixed(4)}; reports identical: ${count - differing.length}/${count}`,
  );
  if (differing.length > 0) {
    console.error(
      `reports differ for ${differing
        .map((r) => r.domain)
        .slice(0, 10)
        .join(', ')}`,
    );
    process.exitCode = 1;
  }
});
