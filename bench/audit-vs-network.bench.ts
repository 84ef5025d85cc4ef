/**
 * What bounds the bare engine: its CPU per domain with the network client (UDP at Knot) against
 * the same audits answered from memory (every answer the first pass got, replayed), so the
 * difference is what the DNS client and the kernel cost per domain. One process, A-B-A-B-A-B (the
 * first, cold pass records the answers and warms V8 up; it is printed, not compared). The network
 * passes each get a fresh run cache, as a new scan run does.
 *
 *   tsx bench/audit-vs-network.bench.ts [--count 2500] [--concurrency 64] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { auditDomain } from '@/audit/audit-domain';
import type { DnsAnswer, Resolver, RRType } from '@/audit/dns/types';
import { scaleDomains } from '@/bench/scale/audit-scale-domains';
import { withScaleKnot } from '@/bench/scale/scale-knot';
import { createScanDns } from '@/lib/scans/scan-dns';

const { values } = parseArgs({
  options: { count: { type: 'string' }, concurrency: { type: 'string' }, rounds: { type: 'string' } },
});
const count = Number(values.count ?? 2500);
const concurrency = Number(values.concurrency ?? 64);
const rounds = Number(values.rounds ?? 3);
const domains = scaleDomains(count);

/** CPU ms per domain of auditing every domain through `resolver`, reports serialized as a worker does. */
async function cpuPerDomain(resolver: Resolver): Promise<{ cpu: number; system: number }> {
  const started = process.cpuUsage();
  let next = 0;
  const lane = async () => {
    while (next < domains.length) {
      const domain = domains[next++] as (typeof domains)[number];
      const report = await auditDomain(domain.ascii, {
        resolver,
        selectors: domain.selectors,
        parked: domain.parked,
      });
      JSON.stringify(report);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const used = process.cpuUsage(started);
  return { cpu: (used.user + used.system) / 1000 / count, system: used.system / 1000 / count };
}

/** Passes every query to `inner` and keeps each answer under (name, type), cached side or not. */
function recording(inner: Resolver, answers: Map<string, DnsAnswer>): Resolver {
  const keep =
    (resolver: Resolver) =>
    async <T extends RRType>(name: string, type: T) => {
      const answer = await resolver.query(name, type);
      answers.set(`${name} ${type}`, answer);
      return answer;
    };
  return { query: keep(inner), ...(inner.uncached && { uncached: { query: keep(inner.uncached) } }) };
}

await withScaleKnot(count, async (knot) => {
  const dns = await createScanDns({
    KENSA_DNS_SERVERS: `127.0.0.1:${knot.port}`,
    KENSA_DNS_QPS: 0,
    KENSA_DNS_TIMEOUT_MS: 2000,
    KENSA_DNS_TRIES: 3,
  });
  try {
    const answers = new Map<string, DnsAnswer>();
    const cold = await cpuPerDomain(recording(dns.resolverFor('record'), answers));
    console.log(`cold pass, recording ${answers.size} answers: ${cold.cpu.toFixed(3)} CPU ms/domain`);
    const replay: Resolver = {
      query: <T extends RRType>(name: string, type: T) =>
        Promise.resolve(answers.get(`${name} ${type}`) as DnsAnswer<T>),
    };
    const network: number[] = [];
    const memory: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const a = await cpuPerDomain(dns.resolverFor(`round-${round}`));
      const b = await cpuPerDomain(replay);
      network.push(a.cpu);
      memory.push(b.cpu);
      console.log(
        `A network ${a.cpu.toFixed(3)} (system ${a.system.toFixed(3)}) | B answers from memory ${b.cpu.toFixed(3)} CPU ms/domain`,
      );
    }
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    console.log(
      `audit alone / with the network: ${(mean(memory) / mean(network)).toFixed(2)} ` +
        `(${mean(memory).toFixed(3)} / ${mean(network).toFixed(3)} CPU ms/domain); ` +
        `the DNS client and the kernel: ${(mean(network) - mean(memory)).toFixed(3)} CPU ms/domain`,
    );
  } finally {
    dns.close();
  }
});
