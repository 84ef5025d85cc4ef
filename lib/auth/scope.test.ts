import { describe, expect, it } from 'vitest';
import { scopeOf, tokenScope } from './scope';

describe('group scopes', () => {
  it('reads no scope rows as every domain, and sorts the rest', () => {
    expect(scopeOf([])).toBeNull();
    expect(scopeOf([{ groupId: 'b' }, { groupId: 'a' }])).toEqual(['a', 'b']);
  });

  it('narrows a token to its groups within its creator’s scope, never beyond', () => {
    expect(tokenScope(null, null)).toBeNull();
    expect(tokenScope(null, ['a'])).toEqual(['a']);
    expect(tokenScope(['a', 'b'], null)).toEqual(['a', 'b']);
    expect(tokenScope(['a', 'b'], ['b', 'c'])).toEqual(['b']);
    expect(tokenScope(['a'], ['c'])).toEqual([]);
  });
});
