import { parseAllDocuments } from 'yaml';
import type { MemoryRecords, MemoryZone } from '../../dns/memory-resolver';
import { RR_TYPES } from '../../dns/types';
import type { CheckHostInput } from '../check-host';
import { smtpIdentity } from '../smtp-identity';
import { readCorpus } from './corpora';

export interface SuiteTest {
  name: string;
  spec: string;
  helo: string;
  host: string;
  mailfrom: string;
  /** Acceptable results. */
  results: string[];
  explanation?: string;
}

export interface SuiteScenario {
  description: string;
  tests: SuiteTest[];
  zone: MemoryZone;
}

type ZoneEntry = 'TIMEOUT' | Record<string, unknown>;

/** Loads an OpenSPF YAML suite (one scenario per document); null when the file is absent. */
export function loadOpenSpfSuite(file: string): SuiteScenario[] | null {
  const text = readCorpus(file);
  if (text === null) return null;
  return parseAllDocuments(text)
    .map(
      (doc) =>
        doc.toJS() as {
          description: string;
          tests: Record<string, Record<string, unknown>>;
          zonedata?: Record<string, ZoneEntry[]>;
        },
    )
    .filter((doc) => doc !== null)
    .map((doc) => ({
      description: doc.description,
      tests: Object.entries(doc.tests).map(([name, t]) => ({
        name,
        spec: String(t.spec ?? ''),
        helo: String(t.helo ?? ''),
        host: String(t.host ?? ''),
        mailfrom: String(t.mailfrom ?? ''),
        results: [t.result].flat().map(String),
        explanation: t.explanation === undefined ? undefined : String(t.explanation),
      })),
      zone: Object.fromEntries(
        Object.entries(doc.zonedata ?? {}).map(([name, entries]) => [name, toRecords(entries)]),
      ),
    }));
}

/**
 * One name's zone data, with the suite driver conventions of pyspf's testspf.py: SPF records are
 * copied to TXT unless the name lists TXT (`TXT: NONE` lists it with no record); `TIMEOUT` makes
 * every type not listed before it time out, and what follows it is never reached.
 */
function toRecords(entries: ZoneEntry[]): MemoryRecords {
  const records: Record<string, unknown[]> = {};
  const listsTxt = entries.some((entry) => entry !== 'TIMEOUT' && 'TXT' in entry);
  const timeoutAt = entries.indexOf('TIMEOUT');
  const reached = timeoutAt < 0 ? entries : entries.slice(0, timeoutAt);
  for (const entry of reached) {
    for (const [type, value] of Object.entries(entry === 'TIMEOUT' ? {} : entry)) {
      if (value === 'NONE') continue;
      const data = toData(type, value);
      records[type] = [...(records[type] ?? []), data];
      if (type === 'SPF' && !listsTxt && timeoutAt < 0) records.TXT = [...(records.TXT ?? []), data];
    }
  }
  const { CNAME, ...typed } = records;
  const zone: MemoryRecords = { ...(typed as MemoryRecords) };
  // MemoryRecords types CNAME as both an RR list and an alias; the alias is what the resolver follows.
  if (CNAME?.[0] !== undefined) Object.assign(zone, { CNAME: String(CNAME[0]) });
  if (timeoutAt >= 0) {
    for (const type of RR_TYPES) if (type !== 'CNAME' && !(type in records)) zone[type] = 'timeout';
  }
  return zone;
}

function toData(type: string, value: unknown): unknown {
  if (type === 'TXT' || type === 'SPF')
    return typeof value === 'string' ? [value] : (value as unknown[]).map(String);
  if (type === 'MX') {
    const [preference, host] = value as [number, string];
    return { preference: Number(preference), exchange: String(host).toLowerCase().replace(/\.$/, '') };
  }
  return String(value);
}

/** The check_host() arguments of a suite test, as an MTA derives them from the transaction. */
export function suiteInput(test: SuiteTest): CheckHostInput {
  return smtpIdentity(test.host, test.mailfrom, test.helo);
}
