import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import type { Resolver } from '../dns/types';
import { auditDkim } from './audit-dkim';
import { DEFAULT_SELECTORS } from './selector-dictionary';
import { ed25519Key, rsaKey } from './testing/keys';
import { withWildcardTxt } from './testing/wildcard-resolver';

const RSA_2048 = rsaKey(2048);
const RSA_1024 = rsaKey(1024);
const RSA_768 = rsaKey(768);

const key = (selector: string, record: string): MemoryZone => ({
  [`${selector}._domainkey.example.jp`]: { TXT: [[record]] },
});
const ids = async (zone: MemoryZone, options = {}) =>
  (
    await auditDkim('example.jp', createMemoryResolver(zone), { dictionary: ['s1', 'google'], ...options })
  ).findings.map((f) => f.id);

/** Counts queries, and the most in flight at once, of a resolver. */
function counting(inner: Resolver) {
  const stats = { queries: 0, inFlight: 0, peak: 0, names: [] as string[] };
  const resolver: Resolver = {
    async query(name, type) {
      stats.queries++;
      stats.names.push(name);
      stats.peak = Math.max(stats.peak, ++stats.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      stats.inFlight--;
      return inner.query(name, type);
    },
  };
  return { resolver, stats };
}

describe('auditDkim findings', () => {
  it('dkim.none-found: reported for a sending domain with no key, not when a key exists or the domain does not send', async () => {
    expect(await ids({ 'example.jp': { TXT: [['v=spf1 -all']] } })).toEqual(['dkim.none-found']);
    expect(await ids(key('s1', `v=DKIM1; p=${RSA_2048}`))).toEqual([]);
    expect(await ids({}, { sending: false })).toEqual([]);
  });

  it('dkim.key-too-short and dkim.key-1024 by RSA size; a 2048-bit or Ed25519 key earns neither', async () => {
    expect(await ids(key('s1', `p=${RSA_768}`))).toEqual(['dkim.key-too-short']);
    expect(await ids(key('s1', `p=${RSA_1024}`))).toEqual(['dkim.key-1024']);
    expect(await ids(key('s1', `k=ed25519; p=${ed25519Key()}`))).toEqual([]);
  });

  it('dkim.testing for t=y, not for t=s', async () => {
    expect(await ids(key('s1', `t=y; p=${RSA_2048}`))).toEqual(['dkim.testing']);
    expect(await ids(key('s1', `t=s; p=${RSA_2048}`))).toEqual([]);
  });

  it('dkim.revoked for an empty p=', async () => {
    expect(await ids(key('s1', 'v=DKIM1; p='))).toEqual(['dkim.revoked']);
  });

  it('dkim.key-invalid for an unusable record', async () => {
    expect(await ids(key('s1', `v=DKIM1; k=dsa; p=${RSA_2048}`))).toEqual(['dkim.key-invalid']);
  });

  it('dkim.sha1-only for h=sha1, not for h=sha1:sha256', async () => {
    expect(await ids(key('s1', `h=sha1; p=${RSA_2048}`))).toEqual(['dkim.sha1-only']);
    expect(await ids(key('s1', `h=sha1:sha256; p=${RSA_2048}`))).toEqual([]);
  });
});

describe('dkim.misplaced: a key at _domainkey.<domain> itself, which no selector reaches', () => {
  const atApex = (record: string): MemoryZone => ({ '_domainkey.example.jp': { TXT: [[record]] } });

  it('is reported with the record, beside dkim.none-found when no selector has a key', async () => {
    const audit = await auditDkim('example.jp', createMemoryResolver(atApex(`v=DKIM1; p=${RSA_2048}`)), {
      dictionary: ['s1'],
    });
    expect(audit.findings.map((f) => f.id)).toEqual(['dkim.none-found', 'dkim.misplaced']);
    expect(audit.findings[1]).toMatchObject({
      severity: 'info',
      evidence: { name: '_domainkey.example.jp', record: `v=DKIM1; p=${RSA_2048}` },
    });
    expect(audit.keys).toEqual([]);
  });

  it('is read with --no-rfc8020 too, and not reported for other TXT data there', async () => {
    expect(await ids(atApex(`k=ed25519; p=${ed25519Key()}`), { rfc8020: false })).toEqual([
      'dkim.none-found',
      'dkim.misplaced',
    ]);
    expect(await ids(atApex('o=~; r=postmaster@example.jp'))).toEqual(['dkim.none-found']);
  });

  it('is not reported for what a wildcard above the domain answers at every name', async () => {
    const resolver = withWildcardTxt(createMemoryResolver({}), 'example.jp', [[`v=DKIM1; p=${RSA_2048}`]]);
    const audit = await auditDkim('example.jp', resolver, { dictionary: ['s1'] });
    expect(audit.findings.map((f) => f.id)).not.toContain('dkim.misplaced');
  });

  it('a misspelt version makes a key invalid, not invisible', async () => {
    expect(await ids(key('s1', `v=DKMI1; k=rsa; p=${RSA_2048}`))).toEqual(['dkim.key-invalid']);
  });
});

describe('auditDkim discovery', () => {
  it('reports each key with its facts', async () => {
    const audit = await auditDkim(
      'example.jp',
      createMemoryResolver(key('google', `v=DKIM1; k=rsa; p=${RSA_2048}`)),
      {
        dictionary: ['google'],
      },
    );
    expect(audit).toMatchObject({
      status: 'complete',
      selectorsProbed: 2,
      shortcut: null,
      temporaryFailures: [],
    });
    expect(audit.keys).toEqual([
      expect.objectContaining({
        selector: 'google',
        type: 'rsa',
        bits: 2048,
        testing: false,
        revoked: false,
        errors: [],
      }),
    ]);
  });

  it('does not count TXT records that are not DKIM keys (a wildcard SPF record, an empty string)', async () => {
    const resolver = withWildcardTxt(createMemoryResolver({}), 'example.jp', [['v=spf1 -all'], ['']]);
    const audit = await auditDkim('example.jp', resolver, { dictionary: ['s1'], rfc8020: false });
    expect(audit.keys).toEqual([]);
  });

  it('RFC 8020: NXDOMAIN at _domainkey skips the dictionary but still probes custom selectors', async () => {
    const { resolver, stats } = counting(
      createMemoryResolver({ 'example.jp': { MX: [{ preference: 0, exchange: '' }] } }),
    );
    const audit = await auditDkim('example.jp', resolver, { selectors: ['mine'] });
    expect(audit).toMatchObject({ shortcut: 'nxdomain-at-_domainkey', selectorsProbed: 1 });
    expect(stats.names).toEqual(['_domainkey.example.jp', 'mine._domainkey.example.jp']);
  });

  it('RFC 8020: an empty non-terminal (NODATA) or a CNAME to nowhere does not shortcut; the option turns it off', async () => {
    const withKey = key('google', `p=${RSA_2048}`);
    expect((await auditDkim('example.jp', createMemoryResolver(withKey))).shortcut).toBe(null);
    // MemoryRecords types CNAME as both an alias and a record list; the cast picks the alias.
    const alias: MemoryZone = {
      '_domainkey.example.jp': { CNAME: 'gone.example.net' } as MemoryZone[string],
    };
    expect((await auditDkim('example.jp', createMemoryResolver(alias), { dictionary: [] })).shortcut).toBe(
      null,
    );
    const { resolver, stats } = counting(createMemoryResolver({}));
    await auditDkim('example.jp', resolver, { rfc8020: false, dictionary: ['a'] });
    // _domainkey itself is still read, last, for keys published there without a selector.
    expect(stats.names).toEqual([
      'kensa-wildcard-probe._domainkey.example.jp',
      'a._domainkey.example.jp',
      '_domainkey.example.jp',
    ]);
  });

  it('probes custom selectors first, then the built-in dictionary, each once, in one wave', async () => {
    const { resolver, stats } = counting(createMemoryResolver({ '_domainkey.example.jp': { TXT: [['x']] } }));
    const audit = await auditDkim('example.jp', resolver, {
      selectors: ['Mine', 'google'],
      rfc8020: false,
    });
    expect(stats.names.slice(0, 2)).toEqual(['mine._domainkey.example.jp', 'google._domainkey.example.jp']);
    expect(audit.selectorsProbed).toBe(new Set(['mine', 'kensa-wildcard-probe', ...DEFAULT_SELECTORS]).size);
    // The DNS client's window bounds the wire; the audit itself asks the whole dictionary at once.
    expect(stats.peak).toBe(audit.selectorsProbed);
  });

  it('reports a *._domainkey wildcard once, as selector "*", and keeps real keys that differ from it', async () => {
    const zone = createMemoryResolver(key('s1', `p=${RSA_2048}`));
    const resolver = withWildcardTxt(zone, '_domainkey.example.jp', [['v=DKIM1; p=']]);
    const audit = await auditDkim('example.jp', resolver, { dictionary: ['s1', 's2', 'google'] });
    expect(audit.keys.map((k) => [k.selector, k.revoked])).toEqual([
      ['*', true],
      ['s1', false],
    ]);
  });

  it('temporary failures make the audit partial and suppress dkim.none-found', async () => {
    const audit = await auditDkim(
      'example.jp',
      createMemoryResolver({ 's1._domainkey.example.jp': { fail: 'timeout' } }),
      {
        dictionary: ['s1', 's2'],
      },
    );
    expect(audit.status).toBe('partial');
    expect(audit.temporaryFailures).toEqual([
      { name: 's1._domainkey.example.jp', type: 'TXT', outcome: 'timeout' },
    ]);
    expect(audit.findings).toEqual([]);
  });
});
