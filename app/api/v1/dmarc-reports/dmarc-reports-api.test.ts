import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DMARC_INPUT_LIMITS } from '@/audit/dmarc-report/limits';
import type { PrismaClient } from '@/generated/prisma/client';
import { syntheticReportXml } from '@/testing/dmarc-report/synthetic-report';
import type { ScratchDatabase } from '@/testing/scratch-database';
import { createRouteTestDatabase, type RoleTokens, type RouteHandler } from '../testing/route-test-database';

vi.mock('@/lib/api/v1/rate-limit', async (original) => ({
  ...(await original<typeof import('@/lib/api/v1/rate-limit')>()),
  takeRateLimit: async () => ({ allowed: true, limit: 600, remaining: 600, resetSeconds: 60 }),
}));

/**
 * POST /api/v1/dmarc-reports on a real database: a report as the raw body (streamed, up to the
 * parser's 50 MiB of XML) or in JSON; a body refused for its size listed as invalid like any other
 * refusal; and counts past 2^31 answered as exact JSON numbers.
 */
let scratch: ScratchDatabase;
let db: PrismaClient;
let routes: {
  upload: typeof import('./route');
  invalid: typeof import('./invalid/route');
  domain: typeof import('../domains/[id]/dmarc/route');
};
let tokens: RoleTokens;

beforeAll(async () => {
  ({ scratch, tokens } = await createRouteTestDatabase('dmarc_reports_api'));
  db = scratch.db;
  routes = {
    upload: await import('./route'),
    invalid: await import('./invalid/route'),
    domain: await import('../domains/[id]/dmarc/route'),
  };
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

async function call(
  handler: RouteHandler,
  {
    method = 'POST',
    path = '',
    body,
    headers = {},
    params = {},
  }: {
    method?: string;
    path?: string;
    body?: BodyInit;
    headers?: Record<string, string>;
    params?: object;
  },
) {
  const request = new Request(`http://kensa.test/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${tokens.editor}`, ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const upload = (body: BodyInit, type: string, name: string, headers: Record<string, string> = {}) =>
  call(routes.upload.POST, {
    path: `/dmarc-reports?name=${encodeURIComponent(name)}`,
    body,
    headers: { 'Content-Type': type, ...headers },
  });

const invalidNames = async () => {
  const listed = await call(routes.invalid.GET, {
    method: 'GET',
    path: '/dmarc-reports/invalid',
    headers: { Authorization: `Bearer ${tokens.adminRead}` },
  });
  return (listed.json.items as Array<{ fileName: string; reason: string; sizeBytes: number }>).map((i) => [
    i.fileName,
    i.reason.split(':')[0],
    i.sizeBytes,
  ]);
};

/** A stream of `total` bytes that starts like a report and never ends as one. */
function junkStream(total: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const next =
        sent === 0
          ? new TextEncoder().encode('<?xml version="1.0"?><feedback>')
          : chunk.subarray(0, Math.min(chunk.length, total - sent));
      controller.enqueue(next);
      sent += next.length;
    },
  });
}

describe('POST /api/v1/dmarc-reports with a raw body', () => {
  it('stores an XML report past the 10 MiB a JSON file was limited to, and a gzipped one', async () => {
    const xml = syntheticReportXml({ records: 25_000, domain: 'raw.api.test', reportId: 'raw-big' });
    expect(xml.length).toBeGreaterThan(DMARC_INPUT_LIMITS.inputBytes);
    const big = await upload(xml, 'application/xml', 'big.xml');
    expect(big.status).toBe(200);
    expect(big.json.files).toMatchObject([
      {
        name: 'big.xml',
        refused: null,
        reports: [{ reportId: 'raw-big', status: 'stored', registered: false }],
      },
    ]);
    const gz = gzipSync(syntheticReportXml({ records: 5, domain: 'raw.api.test', reportId: 'raw-gz' }));
    const small = await upload(gz, 'application/gzip', 'r.xml.gz');
    expect(small.json.files[0].reports[0]).toMatchObject({ reportId: 'raw-gz', status: 'stored' });
    expect(await db.dmarcRecord.count({ where: { report: { reportId: 'raw-big' } } })).toBe(25_000);
  }, 300_000);

  it('lists a body refused for its size in the Invalid list, read or declared', async () => {
    const over = DMARC_INPUT_LIMITS.xmlInputBytes + 4096;
    const streamed = await upload(junkStream(over), 'application/xml', 'huge.xml');
    expect(streamed.status).toBe(200);
    expect(streamed.json.files[0].refused).toMatch(/^too large/);
    const declared = await upload(junkStream(1024), 'application/zip', 'declared.zip', {
      'Content-Length': String(3 * 1024 ** 3),
    });
    expect(declared.json.files[0].refused).toMatch(/^too large: the upload declares 3221225472 bytes/);
    const listed = await invalidNames();
    expect(listed).toContainEqual(['huge.xml', 'too large', DMARC_INPUT_LIMITS.xmlInputBytes + 1]);
    expect(listed).toContainEqual(['declared.zip', 'too large', 2_147_483_647]);
  }, 120_000);

  it('still takes files in JSON, bounded, and refuses a scoped or read-only caller', async () => {
    const content = Buffer.from(syntheticReportXml({ records: 2, domain: 'json.api.test', reportId: 'j-1' }));
    const body = JSON.stringify({ files: [{ name: 'j.xml', content: content.toString('base64') }] });
    const stored = await upload(body, 'application/json', 'ignored');
    expect(stored.json.files[0]).toMatchObject({
      name: 'j.xml',
      reports: [{ reportId: 'j-1', status: 'stored' }],
    });
    const tooBig = await upload('{}', 'application/json', 'x', { 'Content-Length': String(65 * 1024 ** 2) });
    expect(tooBig.status).toBe(413);
    const readOnly = await call(routes.upload.POST, {
      path: '/dmarc-reports',
      body: 'x',
      headers: { Authorization: `Bearer ${tokens.viewer}`, 'Content-Type': 'application/xml' },
    });
    expect(readOnly.status).toBe(403);
  });
});

describe('counts past 2^31', () => {
  it('are answered as exact JSON numbers', async () => {
    const domain = await db.domain.create({ data: { ascii: 'huge.api.test', unicode: 'huge.api.test' } });
    const max = 2_147_483_647;
    const record = (ip: string) =>
      `<record><row><source_ip>${ip}</source_ip><count>${max}</count><policy_evaluated>` +
      '<disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row>' +
      '<identifiers><header_from>huge.api.test</header_from></identifiers><auth_results><spf>' +
      '<domain>huge.api.test</domain><result>pass</result></spf></auth_results></record>';
    const end = Math.floor(Date.now() / 1000) - 3600;
    const xml =
      '<feedback><report_metadata><org_name>big.example</org_name><email>d@big.example</email>' +
      `<report_id>huge</report_id><date_range><begin>${end - 86_399}</begin><end>${end}</end></date_range>` +
      '</report_metadata><policy_published><domain>huge.api.test</domain><p>none</p></policy_published>' +
      `${record('192.0.2.1')}${record('192.0.2.2')}${record('192.0.2.3')}</feedback>`;
    expect((await upload(xml, 'text/xml', 'huge.xml')).json.files[0].reports[0].status).toBe('stored');
    const view = await call(routes.domain.GET, {
      method: 'GET',
      path: `/domains/${domain.id}/dmarc`,
      params: { id: domain.id },
    });
    expect(view.status).toBe(200);
    expect(view.json.summary).toMatchObject({ messages: 3 * max, dmarcPass: 3 * max, dkimAligned: 3 * max });
    expect(view.json.sources[0].messages).toBe(max);
    expect(view.json.days.reduce((sum: number, d: { pass: number }) => sum + d.pass, 0)).toBe(3 * max);
  });
});
