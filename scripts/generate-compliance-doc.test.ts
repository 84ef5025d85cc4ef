import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../lib/compliance/builtin-profiles';
import { COMPLIANCE_DOC, renderComplianceDoc } from './generate-compliance-doc';

describe('docs/compliance.md', () => {
  it('is generated from the current built-in profiles', () => {
    const stale =
      'docs/compliance.md is out of date with lib/compliance/builtin-profiles.ts: run `npx tsx scripts/generate-compliance-doc.ts`';
    expect(existsSync(COMPLIANCE_DOC), stale).toBe(true);
    expect(readFileSync(COMPLIANCE_DOC, 'utf8') === renderComplianceDoc(), stale).toBe(true);
  });

  it('documents every requirement of every profile in both languages, with its source', () => {
    const doc = renderComplianceDoc();
    for (const { definition } of BUILTIN_PROFILES)
      for (const r of definition.requirements) {
        expect(doc).toContain(r.explanation.en);
        expect(doc).toContain(r.explanation.ja);
        expect(doc).toContain(r.source);
      }
  });
});
