import { describe, expect, it } from 'vitest';
import { milestonesOfText, percentOfText } from './target-form-fields';
import { milestonesSchema, percentSchema } from './target-schema';

describe('target form fields', () => {
  it('read a typed percentage, and leave a blank one missing so zod refuses it rather than saving 0 %', () => {
    expect(percentOfText('80')).toBe(80);
    expect(percentOfText(' 72.5% ')).toBe(72.5);
    for (const blank of ['', '   ', null, undefined]) {
      expect(percentOfText(blank)).toBeUndefined();
      expect(percentSchema.safeParse(percentOfText(blank)).success).toBe(false);
    }
  });

  it('read milestone lines, refusing a line without its percentage or with a day outside 2000–2099', () => {
    expect(milestonesSchema.safeParse(milestonesOfText('2026-09-30 80\n\n2027-03-31 95%')).success).toBe(
      true,
    );
    expect(milestonesSchema.safeParse(milestonesOfText('2026-09-30')).success).toBe(false);
    expect(milestonesSchema.safeParse(milestonesOfText('9999-12-31 80')).success).toBe(false);
  });
});
