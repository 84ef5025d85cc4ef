import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditDkim } from './audit-dkim';
import verdicts from './corpus-verdicts.json' with { type: 'json' };
import { isDkimKeyCandidate } from './is-dkim-key-candidate';
import { parseDkimKeyRecord } from './parse-dkim-key-record';
import { parseFakeDns, zoneFromFakeDns } from './testing/fake-dns';

const corpora = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(corpora);
if (!present)
  console.warn(`DKIM corpus tests skipped: ${corpora} not found (the shared corpora sit beside the repo).`);

const read = (path: string) => readFileSync(`${corpora}${path}`, 'utf8');
const verdict = (text: string) => (parseDkimKeyRecord(text).errors.length === 0 ? 'valid' : 'invalid');

/** Our verdict where we knowingly disagree with the corpus, else the corpus's own. */
function expected(file: keyof typeof verdicts, key: string, theirs: string): string {
  const listed = (verdicts[file] as Record<string, { ours: string }>)[key];
  if (listed) expect(listed.ours, `${key} is listed as a disagreement but agrees`).not.toBe(theirs);
  return listed?.ours ?? theirs;
}

describe.skipIf(!present)('DKIM key records from public corpora', () => {
  it('mox: every case gets mox’s verdict, or the recorded disagreement', () => {
    const cases: Array<{ record: string; expect: string }> = JSON.parse(
      read('records/mox-dkim-parse-cases.json'),
    );
    for (const c of cases)
      expect(verdict(c.record), JSON.stringify(c.record)).toBe(
        expected('mox-dkim-parse-cases.json', c.record, c.expect),
      );
    console.info(
      `mox DKIM: ${cases.length} cases, ${Object.keys(verdicts['mox-dkim-parse-cases.json']).length} recorded disagreements`,
    );
  });

  it('Mail::DKIM: testbad*/invalid records are invalid, the rest valid; stated key sizes hold', () => {
    const records = [...fakeDnsRecords()].filter(([, text]) => isDkimKeyCandidate(text));
    for (const [name, text] of records) {
      const theirs = /^(testbad|invalid)/.test(name) ? 'invalid' : 'valid';
      expect(verdict(text), name).toBe(expected('mail-dkim-FAKE_DNS.dat', name, theirs));
      const stated = /n=A (\d+) bit key/.exec(text)?.[1];
      if (stated) expect(parseDkimKeyRecord(text).bits, name).toBe(Number(stated));
    }
    expect(
      parseDkimKeyRecord(fakeDnsRecords().get('2023-05-ed25519._domainkey.wander.science') ?? '').keyType,
    ).toBe('ed25519');
    console.info(`Mail::DKIM: ${records.length} key records`);
  });

  it('dkim_verifier and mailauth: every published key parses; RFC example sizes are right', () => {
    const verifier: Array<{ name: string; txt: string }> = JSON.parse(
      read('dkim/dkim_verifier-dns-txt-records.json'),
    );
    const mailauth: Record<string, { TXT: string[][] }> = JSON.parse(read('dkim/mailauth-ec-dns.json'));
    const keys = [
      ...verifier.filter((r) => r.name.includes('._domainkey.')).map((r) => [r.name, r.txt] as const),
      ...Object.entries(mailauth)
        .filter(([name]) => name.includes('._domainkey.'))
        .flatMap(([name, rr]) => rr.TXT.map((strings) => [name, strings.join('')] as const)),
    ];
    for (const [name, text] of keys) expect(parseDkimKeyRecord(text).errors, name).toEqual([]);
    const bits = (name: string) => parseDkimKeyRecord(keys.find(([n]) => n === name)?.[1] ?? '').bits;
    expect(bits('brisbane._domainkey.example.com')).toBe(1024);
    expect(bits('fm3._domainkey.fastmail.com')).toBe(2048);
    expect(
      parseDkimKeyRecord(keys.find(([n]) => n === 'brisbane._domainkey.football.example.com')?.[1] ?? '')
        .keyType,
    ).toBe('ed25519');
    console.info(`dkim_verifier + mailauth: ${keys.length} key records`);
  });

  it('Mail::DKIM zone through auditDkim: keys, temporary failures and no key for NXDOMAIN', async () => {
    const resolver = zoneFromFakeDns(read('dkim/mail-dkim-FAKE_DNS.dat'));
    const audit = await auditDkim('messiah.edu', resolver, {
      selectors: ['test1', 'testrevoked', 'nonexistent'],
      dictionary: [],
    });
    expect(audit.keys.map((k) => [k.selector, k.bits, k.testing, k.revoked])).toEqual([
      ['test1', 512, true, false],
      ['testrevoked', null, true, true],
    ]);
    const blackhole = await auditDkim('blackhole.messiah.edu', resolver, {
      selectors: ['test3'],
      dictionary: [],
    });
    expect(blackhole.status).toBe('partial');
    expect(blackhole.findings).toEqual([]);
  });
});

function fakeDnsRecords(): Map<string, string> {
  return new Map(parseFakeDns(read('dkim/mail-dkim-FAKE_DNS.dat')).map(({ name, value }) => [name, value]));
}
