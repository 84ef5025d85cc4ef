import { describe, expect, it } from 'vitest';
import { alertRuleInput } from './alert-rule-input';

const base = {
  name: 'DMARC lost',
  enabled: true,
  groupId: null,
  emails: ['Team@Example.JP'],
  webhookUrl: null,
  digest: 'none',
};

describe('alert rule input', () => {
  it('keeps only the params of the kind and stores them without it', () => {
    const parsed = alertRuleInput.parse({
      ...base,
      kind: 'dkim_key_age',
      params: { days: '365', metric: 'spfValid' },
    });
    expect(parsed.params).toEqual({ days: 365 });
    expect(parsed.emails).toEqual(['team@example.jp']);
  });

  it('refuses params that do not fit the kind, and a rule with no channel', () => {
    const wrong = alertRuleInput.safeParse({ ...base, kind: 'record_lost', params: { metric: 'nope' } });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['params', 'metric']);
    const silent = alertRuleInput.safeParse({
      ...base,
      emails: [],
      kind: 'record_lost',
      params: { metric: 'nullMx' },
    });
    expect(silent.error?.issues.map((i) => i.path)).toEqual([['emails']]);
  });

  it('takes finding ids from the catalog only, and http(s) webhooks only', () => {
    const finding = (findingId: string) =>
      alertRuleInput.safeParse({ ...base, kind: 'finding_appeared', params: { findingId } }).success;
    expect(finding('spf.too-many-lookups')).toBe(true);
    expect(finding('spf.made-up')).toBe(false);
    const hook = (webhookUrl: string) =>
      alertRuleInput.safeParse({ ...base, webhookUrl, kind: 'record_lost', params: { metric: 'nullMx' } })
        .success;
    expect(hook('https://hooks.example.jp/x')).toBe(true);
    expect(hook('file:///etc/passwd')).toBe(false);
  });
});
