import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/generated/prisma/client';
import { translator } from '@/lib/i18n/translate';
import { AuditChangeTable } from './audit-change-table';
import { AuditEventTable } from './audit-event-table';

const HOSTILE = '<img src=x onerror=alert(1)>';
const t = translator('en');

const entry: AuditEvent = {
  id: '01a2219d-0000-7000-8000-000000000001',
  at: new Date('2026-11-30T00:00:00Z'),
  actorUserId: null,
  actorLabel: HOSTILE,
  tokenId: null,
  tokenName: `</td>${HOSTILE}`,
  clientAddress: '192.0.2.1',
  action: 'domain.update',
  targetType: 'domain',
  targetId: 'd1',
  targetLabel: `<script>alert(1)</script>`,
  before: { notes: HOSTILE },
  after: { notes: '"><svg onload=alert(1)>' },
};

describe('the audit log views', () => {
  it('print every recorded value as text, never as markup', () => {
    const html = [
      renderToStaticMarkup(createElement(AuditEventTable, { rows: [entry], locale: 'en', t })),
      renderToStaticMarkup(createElement(AuditChangeTable, { before: entry.before, after: entry.after, t })),
    ].join('');
    expect(html).not.toMatch(/<img|<script|<svg|<\/td><img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Domain changed');
  });

  it('show before and after field by field, and say when there are none', () => {
    const html = renderToStaticMarkup(
      createElement(AuditChangeTable, { before: { a: 1, b: [1] }, after: { b: [2], c: null }, t }),
    );
    const cells = [...html.matchAll(/<code>(\w)<\/code>/g)].map((m) => m[1]);
    expect(cells).toEqual(['a', 'b', 'c']);
    expect(html).toContain('—');
    expect(renderToStaticMarkup(createElement(AuditChangeTable, { before: null, after: null, t }))).toContain(
      'This entry records no values.',
    );
  });
});
