import { describe, expect, it } from 'vitest';
import { actorOf } from './actor-of';

describe('actorOf', () => {
  const user = { id: 'u1', email: 'a@kensa.test', name: null, role: 'admin' as const };

  it('records a signed-in person by id and e-mail, from a session user or an API session', () => {
    const expected = { userId: 'u1', label: 'a@kensa.test', clientAddress: '192.0.2.1' };
    expect(actorOf(user, '192.0.2.1')).toEqual(expected);
    expect(actorOf({ kind: 'session', user }, '192.0.2.1')).toEqual(expected);
  });

  it('records a token with its creator, as whom it acts', () => {
    const principal = {
      kind: 'token' as const,
      tokenId: 't1',
      tokenName: 'ci',
      userId: 'u1',
      userEmail: 'a@kensa.test',
    };
    expect(actorOf(principal, null)).toEqual({
      userId: 'u1',
      label: 'a@kensa.test',
      tokenId: 't1',
      tokenName: 'ci',
      clientAddress: null,
    });
  });
});
