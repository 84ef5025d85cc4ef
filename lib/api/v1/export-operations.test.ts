import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

type Operation = {
  parameters: Array<{ name: string; in: string }>;
  responses: Record<string, { content?: Record<string, { schema: { properties?: object } }> }>;
};

describe('export operations in the OpenAPI document', () => {
  const paths = buildOpenApiDocument('https://kensa.example.jp').paths;

  it('documents the domains export with the table filters and its three file types', () => {
    const operation = paths['/exports/domains']?.get as Operation;
    expect(operation.parameters.map((p) => p.name)).toEqual([
      'q',
      'group',
      'tag',
      'metric',
      'value',
      'finding',
      'severity',
      'stale',
      'format',
    ]);
    expect(Object.keys(operation.responses['200']?.content ?? {})).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/x-ndjson',
    ]);
  });

  it('documents the scorecard as a JSON schema and as a PDF', () => {
    const operation = paths['/domains/{id}/scorecard']?.get as Operation;
    expect(operation.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:id',
      'query:format',
      'query:lang',
    ]);
    const content = operation.responses['200']?.content ?? {};
    expect(Object.keys(content)).toEqual(['application/json', 'application/pdf']);
    expect(Object.keys(content['application/json']?.schema.properties ?? {})).toEqual([
      'version',
      'language',
      'generatedAt',
      'domain',
      'scan',
      'adoption',
      'grade',
      'records',
      'spf',
      'dmarc',
      'transport',
      'dkim',
      'dmarcReports',
      'findings',
    ]);
  });
});
