/**
 * Counters of the services a scale run uses, read before and after the scan so their difference is
 * what the scan cost: PostgreSQL transactions and row writes, Redis commands, CPU seconds.
 */
import { readFile } from 'node:fs/promises';
import type { Redis } from 'ioredis';
import type { PrismaClient } from '@/generated/prisma/client';
import { cpuSeconds, processTree } from './process-usage';

export type Counters = Record<string, number>;

/**
 * Transactions, tuples and size of the current database (pg_stat_database, flushed on read), and
 * statements run in it when pg_stat_statements is loaded (scale.sh loads it; 0 otherwise).
 */
export async function postgresCounters(db: PrismaClient): Promise<Counters> {
  const [row] = await db.$queryRaw<Array<Record<string, bigint>>>`
    SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, deadlocks, blks_read, blks_hit,
      pg_database_size(current_database()) AS database_bytes
    FROM pg_stat_database WHERE datname = current_database()`;
  const counters = Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
  const statements = await db.$queryRaw<Array<{ calls: bigint | null }>>`
    SELECT sum(calls)::bigint AS calls FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`.catch(() => []);
  return { ...counters, statements: Number(statements[0]?.calls ?? 0) };
}

/** Total commands Redis has run, and the top command kinds (INFO commandstats). */
export async function redisCounters(redis: Redis): Promise<Counters> {
  const text = await redis.info('commandstats');
  const counters: Counters = { total: 0 };
  for (const match of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    const calls = Number(match[2]);
    counters[match[1] as string] = calls;
    counters.total = (counters.total ?? 0) + calls;
  }
  const memory = await redis.info('memory');
  counters.used_memory_peak_mib = Number(/^used_memory_peak:(\d+)/m.exec(memory)?.[1] ?? 0) / 2 ** 20;
  return counters;
}

/**
 * CPU seconds of the process named in a pid file and its children (PostgreSQL's backends), the
 * exited ones included (the root's reaped children), so the figure only grows.
 */
export async function pidFileCpuSeconds(pidFile: string): Promise<number> {
  const pid = Number.parseInt((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return 0;
  return processTree(pid).reduce((sum, p) => sum + cpuSeconds(p, p === pid), 0);
}

/** after − before for every counter in `after`. */
export function difference(before: Counters, after: Counters): Counters {
  return Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - (before[key] ?? 0)]));
}

/** Execution time (ms) and calls of each statement of the current database, by pg_stat_statements' query id. */
export type StatementTimes = Map<string, { ms: number; calls: number; query: string }>;

export async function postgresStatementTimes(db: PrismaClient): Promise<StatementTimes> {
  const rows = await db.$queryRaw<Array<{ id: string; ms: number; calls: bigint; query: string }>>`
    SELECT queryid::text AS id, total_exec_time AS ms, calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query
    FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`.catch(() => []);
  return new Map(rows.map((r) => [r.id, { ms: r.ms, calls: Number(r.calls), query: r.query }]));
}

/** The statements that took most execution time between two readings, with µs per domain. */
export function topStatements(before: StatementTimes, after: StatementTimes, domains: number, top = 8) {
  return [...after]
    .map(([id, s]) => ({
      ...s,
      ms: s.ms - (before.get(id)?.ms ?? 0),
      calls: s.calls - (before.get(id)?.calls ?? 0),
    }))
    .filter((s) => s.calls > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map((s) => ({
      usPerDomain: Math.round((s.ms * 1000) / Math.max(domains, 1)),
      calls: s.calls,
      query: s.query,
    }));
}

/**
 * UDP datagrams this host's kernel dropped because a socket's receive buffer was full
 * (`RcvbufErrors` in /proc/net/snmp, all sockets; 0 where the file is not there). Over UDP a
 * resolver whose buffer overflows loses queries, which then wait out their timeout.
 */
export async function udpReceiveBufferDrops(): Promise<number> {
  const text = await readFile('/proc/net/snmp', 'utf8').catch(() => '');
  const [names, values] = text.split('\n').filter((line) => line.startsWith('Udp:'));
  const index = names?.split(/\s+/).indexOf('RcvbufErrors') ?? -1;
  return index > 0 ? Number(values?.split(/\s+/)[index] ?? 0) : 0;
}
