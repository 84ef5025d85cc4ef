import { describe, expect, it } from 'vitest';
import { isSenderIdRecord, parseSenderIdRecord } from './parse-sender-id';
import { selectSenderIdRecord } from './select-sender-id-record';

describe('parseSenderIdRecord', () => {
  it('reads the scopes, then SPF terms (RFC 4406 §3)', () => {
    const parsed = parseSenderIdRecord('spf2.0/mfrom,PRA ip4:192.0.2.0/24 include:_spf.example.com ~all');
    expect(parsed.scopes).toEqual(['mfrom', 'pra']);
    expect(parsed.errors).toEqual([]);
    expect(parsed.mechanisms.map((m) => m.text)).toEqual([
      'ip4:192.0.2.0/24',
      'include:_spf.example.com',
      '~all',
    ]);
    expect(parsed.mechanisms[0]?.position).toBe(17);
    expect(parseSenderIdRecord('spf2.0/pra').scopes).toEqual(['pra']);
  });

  it('reports what is wrong with the version, the scopes and the terms', () => {
    const errors = (record: string) => parseSenderIdRecord(record).errors.map((e) => e.message);
    expect(errors('v=spf2.0/pra ~all')).toEqual(["the version is 'spf2.0', without 'v='"]);
    expect(errors('spf2.0/mfrom,helo -all')).toEqual([
      "unknown scope 'helo' (RFC 4406 defines mfrom and pra)",
    ]);
    expect(errors('spf2.0/ -all')).toEqual(["unknown scope '' (RFC 4406 defines mfrom and pra)"]);
    expect(errors('spf2.0/pra-all')).toEqual(["unknown scope 'pra-all' (RFC 4406 defines mfrom and pra)"]);
    expect(errors('spf2.0/pra ip4:1.2.3.400')).toEqual(["term 1 'ip4:1.2.3.400': invalid IPv4 address"]);
    expect(errors('v=spf1 -all')[0]).toBe("the record does not begin with 'spf2.0/' and a scope");
  });

  it('recognises Sender ID records among TXT strings', () => {
    expect(['spf2.0/pra', 'SPF2.0/mfrom -all', 'v=spf2.0/pra ~all'].every(isSenderIdRecord)).toBe(true);
    expect(['v=spf1 -all', 'spf2.0', 'spf2.0 pra', 'spf2.01/pra'].some(isSenderIdRecord)).toBe(false);
  });
});

describe('selectSenderIdRecord (RFC 4406 §4.4)', () => {
  it('prefers an spf2.0 record naming the scope, falling back to v=spf1', () => {
    const texts = ['spf2.0/pra -all', 'v=spf1 +all'];
    const pra = selectSenderIdRecord(texts, 'pra');
    const mfrom = selectSenderIdRecord(texts, 'mfrom');
    expect(pra.kind === 'one' && pra.parsed.record).toBe('spf2.0/pra -all');
    expect(mfrom.kind === 'one' && mfrom.parsed.record).toBe('v=spf1 +all');
  });

  it('returns multiple for two applicable records and none for no record', () => {
    expect(selectSenderIdRecord(['spf2.0/mfrom -all', 'spf2.0/pra,mfrom -all'], 'mfrom').kind).toBe(
      'multiple',
    );
    expect(selectSenderIdRecord(['hello'], 'pra').kind).toBe('none');
  });
});
