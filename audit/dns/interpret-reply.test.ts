import { describe, expect, it } from 'vitest';
import { interpretReply } from './interpret-reply';
import type { RawRecord, Reply } from './wire-message';

const soa: RawRecord = {
  name: 'x.test',
  type: 'SOA',
  ttl: 3600,
  data: { mname: 'ns.x.test', rname: 'h.x.test', serial: 1, minimum: 120 },
};
const reply = (rcode: string, answers: RawRecord[] = [], authorities: RawRecord[] = []): Reply => ({
  id: 1,
  rcode,
  truncated: false,
  authenticated: false,
  question: { name: 'a.x.test', type: 'A', class: 'IN' },
  answers,
  authorities,
});
const cname = (name: string, target: string, ttl = 300): RawRecord => ({
  name,
  type: 'CNAME',
  ttl,
  data: target,
});

describe('interpretReply', () => {
  it('maps RCODEs to outcomes; anything unexpected is a SERVFAIL with the RCODE named', () => {
    expect(interpretReply(reply('SERVFAIL'), 'a.x.test', 'A')).toMatchObject({
      outcome: 'servfail',
      ttl: null,
    });
    expect(interpretReply(reply('REFUSED'), 'a.x.test', 'A')).toMatchObject({
      outcome: 'refused',
      ttl: null,
    });
    expect(interpretReply(reply('FORMERR'), 'a.x.test', 'A')).toMatchObject({
      outcome: 'servfail',
      detail: 'unexpected RCODE FORMERR',
    });
  });

  it('takes the negative TTL as min(SOA TTL, SOA MINIMUM)', () => {
    expect(interpretReply(reply('NXDOMAIN', [], [soa]), 'a.x.test', 'A')).toMatchObject({ ttl: 120 });
    expect(interpretReply(reply('NOERROR', [], [{ ...soa, ttl: 30 }]), 'a.x.test', 'A')).toMatchObject({
      outcome: 'nodata',
      ttl: 30,
    });
    expect(interpretReply(reply('NOERROR'), 'a.x.test', 'A').ttl).toBeNull();
  });

  it('answers with the smallest TTL of the records and CNAMEs used, ignoring unrelated records', () => {
    const answers = [
      cname('A.x.test.', 'b.x.test', 50),
      { name: 'b.x.test', type: 'A', ttl: 300, data: '192.0.2.1' },
      { name: 'other.x.test', type: 'A', ttl: 1, data: '192.0.2.9' },
    ];
    expect(interpretReply(reply('NOERROR', answers), 'a.x.test', 'A')).toEqual({
      outcome: 'answer',
      records: ['192.0.2.1'],
      ttl: 50,
      cnames: ['b.x.test'],
    });
  });

  it('asks to chase a CNAME whose target the reply does not answer for', () => {
    const meaning = interpretReply(reply('NOERROR', [cname('a.x.test', 'c.other.test')]), 'a.x.test', 'A');
    expect(meaning).toMatchObject({ chase: 'c.other.test', cnames: ['c.other.test'] });
  });

  it('reports a CNAME loop inside one reply', () => {
    const answers = [cname('a.x.test', 'b.x.test'), cname('b.x.test', 'a.x.test')];
    expect(interpretReply(reply('NOERROR', answers), 'a.x.test', 'A')).toMatchObject({
      outcome: 'servfail',
      detail: 'CNAME loop at a.x.test',
    });
  });
});
