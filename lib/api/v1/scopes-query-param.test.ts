import { describe, expect, it } from 'vitest';
import { getAdoptionSeriesOperation } from './adoption-operations';
import { getReceivedMailSeriesOperation } from './received-mail-operations';

const group = '3f2b8c1e-5d4a-4e7b-9c1d-2a6f8e0b7c94';

// A query string gives one `scopes` as a string and a repeated one as an array: both operations
// must hand their query an array, and refuse anything but 'all' or a group id.
describe.each([
  ['adoption series', getAdoptionSeriesOperation],
  ['received-mail series', getReceivedMailSeriesOperation],
])('scopes in the %s query', (_, operation) => {
  // A valid range too: the adoption series needs one, the received-mail series accepts it.
  const parse = (scopes: unknown) =>
    operation.query?.safeParse({ scopes, from: '2026-10-01', to: '2026-11-30' });

  it('reads one scope as a list of one', () => {
    expect(parse('all')?.data?.scopes).toEqual(['all']);
  });

  it('keeps repeated scopes in order', () => {
    expect(parse(['all', group])?.data?.scopes).toEqual(['all', group]);
  });

  it('refuses a scope that is neither all nor a group id', () => {
    expect(parse('everyone')?.success).toBe(false);
    expect(parse(['all', 'x'])?.success).toBe(false);
  });
});
