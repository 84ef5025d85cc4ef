import { describe, expect, it } from 'vitest';
import { DMARC_INPUT_LIMITS, MIB } from '@/audit/dmarc-report/limits';
import { buildOpenApiDocument } from './openapi';

type Operation = {
  description: string;
  parameters: Array<{ name: string; in: string }>;
  requestBody: { content: Record<string, { schema: { type?: string; format?: string } }> };
  responses: Record<string, unknown>;
};

describe('the DMARC report upload in the OpenAPI document', () => {
  const operation = buildOpenApiDocument('https://kensa.example.jp').paths['/dmarc-reports']
    ?.post as Operation;

  it('takes JSON files or one report as the raw body, with the parser’s limits stated', () => {
    expect(Object.keys(operation.requestBody.content)).toEqual([
      'application/json',
      'application/xml',
      'text/xml',
      'application/gzip',
      'application/zip',
      'message/rfc822',
      'application/mbox',
    ]);
    expect(operation.requestBody.content['application/gzip']?.schema).toEqual({
      type: 'string',
      format: 'binary',
    });
    expect(operation.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:name']);
    expect(operation.description).toContain(`${DMARC_INPUT_LIMITS.xmlInputBytes / MIB} MiB of plain XML`);
    expect(operation.description).toContain('Invalid list');
    expect(Object.keys(operation.responses)).toContain('413');
  });
});
