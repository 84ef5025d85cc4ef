import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDINGS } from '../audit/findings/catalog';
import { FINDINGS_DOC, renderFindingsDoc } from './generate-findings-doc';

describe('docs/findings.md', () => {
  it('is generated from the current catalog', () => {
    const stale =
      'docs/findings.md is out of date with audit/findings/catalog.ts: run `npx tsx scripts/generate-findings-doc.ts`';
    expect(existsSync(FINDINGS_DOC), stale).toBe(true);
    expect(readFileSync(FINDINGS_DOC, 'utf8') === renderFindingsDoc(), stale).toBe(true);
  });

  it('has a row and a section, in both languages, for every id', () => {
    const doc = renderFindingsDoc();
    for (const [id, entry] of Object.entries(FINDINGS)) {
      expect(doc).toContain(`## \`${id}\``);
      expect(doc).toContain(entry.explanation.en);
      expect(doc).toContain(entry.explanation.ja);
    }
  });
});
