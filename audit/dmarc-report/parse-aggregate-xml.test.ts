import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticReportXml } from '@/testing/dmarc-report/synthetic-report';
import { parseAggregateXml } from './parse-aggregate-xml';
import { DmarcRefusal } from './refusal';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const xml = (text: string) => Buffer.from(text);

/** A minimal report around the given parts, for variations written inline. */
function report(parts: { metadata?: string; policy?: string; records?: string; root?: string }): Buffer {
  const root = parts.root ?? 'feedback';
  return xml(
    `<${root}><report_metadata>${
      parts.metadata ??
      '<org_name>r.example</org_name><report_id>1</report_id><date_range><begin>1795996800</begin><end>1796083199</end></date_range>'
    }</report_metadata><policy_published>${parts.policy ?? '<domain>kensa.example</domain><p>none</p>'}</policy_published>${
      parts.records ?? ''
    }</${root}>`,
  );
}

const record = (row: string, identifiers = '<header_from>kensa.example</header_from>', auth = '') =>
  `<record><row>${row}</row><identifiers>${identifiers}</identifiers><auth_results>${auth}</auth_results></record>`;
const ROW =
  '<source_ip>192.0.2.1</source_ip><count>2</count><policy_evaluated><disposition>none</disposition></policy_evaluated>';

function refusal(bytes: Uint8Array): DmarcRefusal {
  try {
    parseAggregateXml(bytes);
  } catch (error) {
    if (error instanceof DmarcRefusal) return error;
    throw error;
  }
  throw new Error('the report was accepted');
}

describe('parseAggregateXml on reports as reporters write them', () => {
  it('trims and lower-cases enumerations and domains, converts times to UTC, sums counts (RFC 7489)', () => {
    const parsed = parseAggregateXml(fixture('mixed-case-two-records.xml'));
    expect(parsed).toMatchObject({
      orgName: 'Mail Receiver Example',
      reportId: 'rx-2026-11-30-0001',
      policyDomain: 'kensa.example',
      begin: '2026-11-30T00:00:00Z',
      end: '2026-11-30T23:59:59Z',
      messages: 15,
      namespace: null,
      reporterEmail: 'dmarc-noreply@receiver.example',
      policyPublished: { p: 'quarantine', sp: null, pct: 50, np: null, adkim: 'r', aspf: 'r', fo: '0' },
    });
    expect(parsed.records[0]).toEqual({
      sourceIp: '192.0.2.25',
      count: 12,
      disposition: 'none',
      dkimAligned: 'pass',
      spfAligned: 'fail',
      headerFrom: 'kensa.example',
      envelopeFrom: 'bounce.kensa.example',
      envelopeTo: 'receiver.example',
      dkim: [
        { domain: 'kensa.example', selector: 'k2026', result: 'pass' },
        { domain: 'esp.example', selector: null, result: 'pass' },
      ],
      spf: [{ domain: 'bounce.kensa.example', scope: 'mfrom', result: 'softfail' }],
      reasons: [],
    });
    // IPv6 in canonical form; an SPF result without a domain (HELO, as Zoho sends); an empty reason left out.
    expect(parsed.records[1]).toMatchObject({
      sourceIp: '2001:db8::1f',
      headerFrom: 'kensa.example',
      envelopeFrom: null,
      spf: [{ domain: '', scope: 'helo', result: 'none' }],
      reasons: [{ type: 'sampled_out', comment: 'pct=50' }],
    });
  });

  it('reads RFC 9990 reports: namespace, generator, np, testing, discovery_method, errors; skips extensions', () => {
    const parsed = parseAggregateXml(fixture('rfc9990-namespaced.xml'));
    expect(parsed).toMatchObject({
      orgName: 'Receiver & Co.',
      reportId: 'rfc9990-0042',
      end: '2026-12-06T23:59:59Z',
      namespace: 'urn:ietf:params:xml:ns:dmarc-2.0',
      generator: 'Receiver DMARC Reporter 3.1',
      errors: ['DNS lookup of _dmarc.kensa.example timed out once'],
      policyPublished: {
        p: 'reject',
        sp: 'quarantine',
        np: 'reject',
        pct: null,
        testing: 'n',
        discoveryMethod: 'treewalk',
        adkim: 's',
      },
      messages: 40,
    });
    expect(parsed.records[0]?.dkim).toEqual([
      { domain: 'kensa.example', selector: 'rotated-2026q4', result: 'pass' },
    ]);
    expect(parsed.records[0]?.spf).toEqual([{ domain: 'kensa.example', scope: null, result: 'pass' }]);
  });

  it('matches elements by local name whatever their prefix', () => {
    const parsed = parseAggregateXml(fixture('prefixed-namespace.xml'));
    expect(parsed).toMatchObject({
      orgName: 'prefix.example',
      namespace: 'urn:ietf:params:xml:ns:dmarc-2.0',
    });
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]).toMatchObject({ dkimAligned: 'fail', spfAligned: 'fail', dkim: [], spf: [] });
  });

  it('reads UTF-8 with a byte order mark, UTF-16 and a declared ISO-8859-1', () => {
    const text = report({ metadata: undefined }).toString().replace('r.example', 'Récepteur');
    expect(parseAggregateXml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), xml(text)])).orgName).toBe(
      'Récepteur',
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseAggregateXml(utf16).orgName).toBe('Récepteur');
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>${text}`, 'latin1');
    expect(parseAggregateXml(latin1).orgName).toBe('Récepteur');
  });

  it('reads IPv4-mapped sources as IPv4, and overlooks space before the declaration and NULs after the root', () => {
    const text = `\r\n <?xml version="1.0"?>${report({ records: record(ROW.replace('192.0.2.1', '::FFFF:192.0.2.77')) })}\0\0`;
    expect(parseAggregateXml(xml(text)).records[0]?.sourceIp).toBe('192.0.2.77');
  });

  it('takes the e-mail address as reporter when org_name is missing, and accepts a report with no records', () => {
    const parsed = parseAggregateXml(
      report({
        metadata:
          '<email>dmarc@r.example</email><report_id>2</report_id><date_range><begin>1795996800.0</begin><end>1796083199</end></date_range>',
      }),
    );
    expect(parsed).toMatchObject({ orgName: 'dmarc@r.example', records: [], messages: 0 });
  });
});

describe('parseAggregateXml refusals', () => {
  it.each([['doctype-billion-laughs.xml'], ['doctype-external-entity.xml']])(
    'refuses %s with DOCTYPE and never expands an entity',
    (name) => {
      expect(refusal(fixture(name))).toMatchObject({
        kind: 'doctype',
        message: expect.stringContaining('DOCTYPE'),
      });
    },
  );

  it('refuses any DOCTYPE or ENTITY, whatever its case or place', () => {
    for (const text of [
      '<!doctype feedback><feedback/>',
      '<feedback><!DOCTYPE x></feedback>',
      '<feedback/><!ENTITY x "y">',
      '<?xml version="1.0"?>\n<!DOCTYPE feedback SYSTEM "http://attacker.example/x.dtd">\n<feedback/>',
    ])
      expect(refusal(xml(text)).kind).toBe('doctype');
  });

  it('refuses XML that is not an aggregate report, or not well-formed, as not a DMARC aggregate report', () => {
    for (const bytes of [
      fixture('not-dmarc.xml'),
      xml('<feedback><report_metadata>'),
      xml('unused'),
      xml(''),
      xml('<feedback><a></b></feedback>'),
      report({ metadata: '<org_name>x</org_name>' }),
      report({ policy: '<domain>kensa.example</domain>' }),
      report({ root: 'report' }),
      report({ records: record(ROW.replace('192.0.2.1', 'mail.example')) }),
      report({ records: record(ROW.replace('<count>2', '<count>-2')) }),
      report({ records: record(ROW, '<envelope_from>x.example</envelope_from>') }),
      report({ records: record(ROW, undefined, '<dkim><domain>kensa.example</domain></dkim>') }),
      report({
        metadata:
          '<org_name>x</org_name><report_id>1</report_id><date_range><begin>2026-11-30</begin><end>1796083199</end></date_range>',
      }),
      xml(`${report({}).toString().replace('</feedback>', '')}<report_metadata/></feedback>`),
    ]) {
      const refused = refusal(bytes);
      expect(refused.kind, refused.message).toBe('not-dmarc');
      expect(refused.message).toMatch(/^not a DMARC aggregate report: [^\n]+$/);
    }
  });

  it('bounds nesting, text and attribute sizes with "too large"', () => {
    const deep = `<feedback><extension>${'<x>'.repeat(30)}${'</x>'.repeat(30)}</extension></feedback>`;
    const longText = report({ metadata: `<org_name>${'a'.repeat(70_000)}</org_name>` });
    const longAttribute = xml(`<feedback a="${'a'.repeat(70_000)}"></feedback>`);
    for (const bytes of [xml(deep), longText, longAttribute]) expect(refusal(bytes).kind).toBe('too-large');
  });

  // ~45 MiB parsed twice: ~5 s alone, over 30 s beside other test files on 2 loaded cores.
  it('accepts 100,000 records and refuses the 100,001st as too large', { timeout: 300_000 }, () => {
    const accepted = parseAggregateXml(Buffer.from(syntheticReportXml({ records: 100_000 })));
    expect(accepted.records).toHaveLength(100_000);
    expect(refusal(Buffer.from(syntheticReportXml({ records: 100_001 })))).toMatchObject({
      kind: 'too-large',
      message: 'too large: more than 100000 records',
    });
  });
});
