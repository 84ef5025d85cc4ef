/**
 * The fixed input of the history golden (history-golden.test.ts): eleven domains scanned by four runs
 * over three days, with every kind of change the history records — policy weakened and strengthened,
 * SPF edits, a DKIM key rotated, removed and added back, findings resolved, a first scan that is
 * partial, a partial and a failed result after complete ones, two complete results on one day — and
 * group memberships that start on different days. Only used to (re)generate golden-reports.json.
 */
import type { MemoryRecords, MemoryZone } from '@/audit/dns/memory-resolver';
import { KEY_A, KEY_B } from '@/testing/healthy-zone';

export const GOLDEN_DOMAINS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map(
  (label) => `${label}.golden.test`,
);

/** Each run: when it ran, which domains it scanned, and which of them failed outright (no report). */
export const GOLDEN_RUNS = [
  { at: '2026-03-01T09:00:00.000Z', domains: GOLDEN_DOMAINS, failed: [] as string[] },
  { at: '2026-03-02T09:00:00.000Z', domains: GOLDEN_DOMAINS, failed: ['g.golden.test'] },
  { at: '2026-03-02T15:00:00.000Z', domains: GOLDEN_DOMAINS, failed: [] as string[] },
  {
    at: '2026-03-03T09:00:00.000Z',
    domains: ['a', 'b', 'd', 'i'].map((l) => `${l}.golden.test`),
    failed: [] as string[],
  },
];

/** Groups: `early` holds a–e from the first day, `late` holds f–k from the second. */
export const GOLDEN_GROUPS = [
  { name: 'early', members: ['a', 'b', 'c', 'd', 'e'], sinceDay: '2026-03-01' },
  { name: 'late', members: ['f', 'g', 'h', 'i', 'j', 'k'], sinceDay: '2026-03-02' },
];

const spf = (all = '-all', extra = '') => [[`v=spf1 ip4:192.0.2.0/24${extra} ${all}`]];
const dmarc = (policy: string) => [[`v=DMARC1; p=${policy}; rua=mailto:d@golden.test`]];
const dkim = (key: string) => [[`v=DKIM1; k=ed25519; p=${key}`]];

/** A sending domain: SPF, MX, DMARC and optionally a key at s1; `overrides` replace names' records. */
function sender(
  name: string,
  parts: { spf?: string[][] | null; dmarc?: string[][] | null; key?: string | null },
) {
  const zone: MemoryZone = {
    [name]: {
      ...(parts.spf === null ? {} : { TXT: parts.spf ?? spf() }),
      MX: [{ preference: 10, exchange: 'mx.golden.test' }],
    },
  };
  if (parts.dmarc !== null) zone[`_dmarc.${name}`] = { TXT: parts.dmarc ?? dmarc('reject') };
  if (parts.key) zone[`s1._domainkey.${name}`] = { TXT: dkim(parts.key) };
  return zone;
}

const timeout: MemoryRecords = { fail: 'timeout' };

/** The zone every domain is audited against in run `run` (0-based). */
export function goldenZone(run: number): MemoryZone {
  const n = (label: string) => `${label}.golden.test`;
  return {
    'mx.golden.test': { A: ['192.0.2.25'] },
    'golden.test': { TXT: [['v=spf1 -all']] },
    ...sender(n('a'), { key: KEY_A }),
    ...sender(n('b'), { dmarc: dmarc(['reject', 'none', 'none', 'quarantine'][run] as string) }),
    ...sender(n('c'), {
      spf: [spf(), spf('~all'), spf('~all', ' include:golden.test'), spf()][run],
    }),
    ...sender(n('d'), { key: [KEY_A, KEY_B, null, KEY_B][run] ?? null }),
    ...sender(n('e'), {}),
    ...(run === 1 ? { [`_dmarc.${n('e')}`]: timeout } : {}),
    ...sender(n('f'), { key: KEY_B }),
    ...(run === 0 ? { [`_dmarc.${n('f')}`]: timeout } : {}),
    ...sender(n('g'), {}),
    [n('h')]: { TXT: [['v=spf1 -all']], MX: [{ preference: 0, exchange: '.' }] },
    ...sender(n('i'), { spf: null, dmarc: run >= 2 ? dmarc('none') : null }),
    ...sender(n('j'), {}),
    ...(run === 2 ? { [`_dmarc.${n('j')}`]: timeout } : {}),
    ...sender(n('k'), { dmarc: dmarc(run === 2 ? 'quarantine' : 'reject') }),
  };
}
