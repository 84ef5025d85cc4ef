import { describe, expect, it } from 'vitest';
import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { TRANSPORT_METRICS } from '@/lib/history/transport-adoption-flags';
import { buildOpenApiDocument } from './openapi';

type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; enum?: string[] };
type Operation = {
  parameters: Array<{ name: string; schema: Schema }>;
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

/** Follows `path` (property names; `[]` for array items, `?` for the non-null branch) into a schema. */
function at(schema: Schema | undefined, ...path: string[]): Schema | undefined {
  return path.reduce<Schema | undefined>((s, step) => {
    if (step === '[]') return s?.items;
    if (step === '?') return s?.anyOf?.[0];
    return s?.properties?.[step];
  }, schema);
}

describe('the transport and brand metrics (issue 15) in /api/v1', () => {
  const paths = buildOpenApiDocument('https://kensa.example.jp').paths;
  const get = (path: string) => paths[path]?.get as Operation;
  const response = (path: string) => get(path).responses['200']?.content?.['application/json']?.schema;
  const metricParam = (path: string) => get(path).parameters.find((p) => p.name === 'metric')?.schema.enum;

  it('are every metric list the document has: filters, flags, adoption figures, the scorecard', () => {
    expect(ADOPTION_METRICS).toEqual(expect.arrayContaining([...TRANSPORT_METRICS]));
    const lists = {
      domainsFilter: metricParam('/domains'),
      exportFilter: metricParam('/exports/domains'),
      domainFlags: Object.keys(at(response('/domains'), 'items', '[]', 'flags')?.properties ?? {}),
      scanFlags: Object.keys(
        at(response('/scan-runs/{id}/results'), 'items', '[]', 'flags')?.properties ?? {},
      ),
      summary: Object.keys(at(response('/adoption/summary'), 'metrics')?.properties ?? {}),
      series: Object.keys(
        at(response('/adoption/series'), 'series', '[]', 'points', '[]', 'metrics')?.properties ?? {},
      ),
      scorecard: Object.keys(at(response('/domains/{id}/scorecard'), 'adoption', '?')?.properties ?? {}),
    };
    for (const [where, list] of Object.entries(lists)) expect(list, where).toEqual([...ADOPTION_METRICS]);
  });

  it('can be the metric of an alert rule: a record lost, a fall in adoption', () => {
    const base = {
      name: 'transport',
      enabled: true,
      groupId: null,
      emails: ['team@example.jp'],
      webhookUrl: null,
      digest: 'none',
    };
    for (const metric of TRANSPORT_METRICS) {
      const lost = { ...base, kind: 'record_lost', params: { metric } };
      expect(alertRuleInput.safeParse(lost).error?.issues, metric).toBeUndefined();
      const fell = { ...base, kind: 'adoption_fell', params: { metric, points: 5, compare: 'previous-day' } };
      expect(alertRuleInput.safeParse(fell).error?.issues, metric).toBeUndefined();
    }
  });
});
