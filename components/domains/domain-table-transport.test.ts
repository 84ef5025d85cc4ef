import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { registerDomain } from '@/lib/domains/register-domain';
import { TRANSPORT_METRICS } from '@/lib/history/transport-adoption-flags';
import { translator } from '@/lib/i18n/translate';
import { parseDomainListFilter } from '@/lib/queries/domain-list-filter';
import { listDomainStates } from '@/lib/queries/list-domain-states';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { allTransportSections, mtaSts, starttls } from '@/testing/transport-sections';
import { DomainTable } from './domain-table';

/**
 * The domains table's transport badges over real current state: one domain adopting all six,
 * one whose MTA-STS is only testing and whose STARTTLS probe timed out, one scanned before the
 * checks existed (their sections absent: unknown, never "no").
 */
const SECTIONS: Record<string, object> = {
  'all.badges.test': allTransportSections(),
  'testing.badges.test': {
    ...allTransportSections(),
    mtaSts: mtaSts({ policy: { mode: 'testing', mx: ['mx.example.test'], maxAge: 604800 } }),
    starttls: starttls(['timeout']),
  },
  'older.badges.test': {
    mtaSts: undefined,
    tlsRpt: undefined,
    bimi: undefined,
    dnssec: undefined,
    dane: undefined,
    starttls: undefined,
  },
};

let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('domain_table_transport');
  const db: PrismaClient = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const domains = await db.$transaction(async (tx) => {
    const made = [];
    for (const ascii of Object.keys(SECTIONS)) made.push(await registerDomain(tx, { ascii, unicode: ascii }));
    return made;
  });
  await scanDomains(db, domains, createMemoryResolver({}), (ascii) => SECTIONS[ascii] ?? {});
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const rowOf = (html: string, domain: string) => {
  const start = html.indexOf(domain);
  return html.slice(start, html.indexOf('</tr>', start));
};
const badge = (row: string, metric: string) =>
  row.match(new RegExp(`class="transport-badge flag-(\\w+)"[^>]*data-metric="${metric}"`))?.[1];

describe('domains table: transport badges', () => {
  it('shows the six transport metrics of each domain as yes / no / unknown, in the reader’s language', async () => {
    const filter = parseDomainListFilter({});
    const page = await listDomainStates(systemViewer(), filter);
    const render = (locale: 'en' | 'ja') =>
      renderToStaticMarkup(
        createElement(DomainTable, { rows: page.rows, count: '3', filter, locale, t: translator(locale) }),
      );
    const html = render('en');
    const metrics = TRANSPORT_METRICS;
    const all = rowOf(html, 'all.badges.test');
    expect(metrics.map((m) => badge(all, m))).toEqual(Array(6).fill('yes'));
    const testing = rowOf(html, 'testing.badges.test');
    expect(metrics.map((m) => badge(testing, m))).toEqual(['no', 'yes', 'yes', 'yes', 'yes', 'unknown']);
    const older = rowOf(html, 'older.badges.test');
    expect(metrics.map((m) => badge(older, m))).toEqual(Array(6).fill('unknown'));
    expect(testing).toContain('MTA-STS enforcing: no');
    expect(render('ja')).toContain('配送の暗号化・BIMI');
  });

  it('the metric filter finds domains by a transport metric', async () => {
    const names = async (params: Record<string, string>) =>
      (await listDomainStates(systemViewer(), parseDomainListFilter(params))).rows.map((r) => r.ascii).sort();
    expect(await names({ metric: 'mtaStsEnforcing', value: 'no' })).toEqual(['testing.badges.test']);
    expect(await names({ metric: 'starttlsOffered', value: 'unknown' })).toEqual([
      'older.badges.test',
      'testing.badges.test',
    ]);
  });
});
