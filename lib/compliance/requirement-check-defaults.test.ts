import { describe, expect, it } from 'vitest';
import { requirementCheckSchema } from './profile-schema';
import { CHECK_KINDS, defaultCheck } from './requirement-check-defaults';

describe('defaultCheck', () => {
  it('gives every kind of the schema a valid check, so the editor never starts from an invalid one', () => {
    const schemaKinds = requirementCheckSchema.options.map((o) => o.shape.kind.value).sort();
    expect([...CHECK_KINDS].sort()).toEqual(schemaKinds);
    for (const kind of CHECK_KINDS)
      expect(requirementCheckSchema.parse(defaultCheck(kind))).toEqual(defaultCheck(kind));
  });
});
