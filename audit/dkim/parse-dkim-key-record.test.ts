import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDkimKeyRecord } from './parse-dkim-key-record';
import { ed25519Key, rsaKey } from './testing/keys';

const RSA_2048 = rsaKey(2048);

describe('parseDkimKeyRecord', () => {
  it('reads an RSA key: type, size, fingerprint, no errors', () => {
    const key = parseDkimKeyRecord(`v=DKIM1; k=rsa; p=${RSA_2048}`);
    expect(key).toMatchObject({ keyType: 'rsa', bits: 2048, revoked: false, testing: false, errors: [] });
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('defaults k= to rsa and allows v= to be absent', () => {
    expect(parseDkimKeyRecord(`p=${RSA_2048}`)).toMatchObject({ keyType: 'rsa', bits: 2048, errors: [] });
  });

  it('accepts a bare PKCS#1 RSA key with a warning, and fingerprints it like its SPKI form', () => {
    const spki = rsaKey(1024);
    const der = Buffer.from(spki, 'base64');
    const pkcs1 = createPublicKey({ key: der, format: 'der', type: 'spki' }).export({
      type: 'pkcs1',
      format: 'der',
    });
    const bare = parseDkimKeyRecord(`p=${pkcs1.toString('base64')}`);
    expect(bare.errors).toEqual([]);
    expect(bare.warnings[0]).toMatch(/PKCS#1/);
    expect(bare.fingerprint).toBe(parseDkimKeyRecord(`p=${spki}`).fingerprint);
  });

  it('accepts a 32-byte Ed25519 key and refuses an SPKI-wrapped one', () => {
    expect(parseDkimKeyRecord(`v=DKIM1; k=ed25519; p=${ed25519Key()}`)).toMatchObject({
      keyType: 'ed25519',
      bits: null,
      errors: [],
    });
    expect(parseDkimKeyRecord(`v=DKIM1; k=ed25519; p=${ed25519Key(true)}`).errors[0]).toMatch(
      /SubjectPublicKeyInfo.*RFC 8463/,
    );
  });

  it('treats an empty p= as revoked, not invalid', () => {
    expect(parseDkimKeyRecord('v=DKIM1; p=')).toMatchObject({
      revoked: true,
      errors: [],
      bits: null,
      fingerprint: null,
    });
  });

  it('reads flags, hashes, services and notes; ignores unknown values and tags', () => {
    const key = parseDkimKeyRecord(
      `v=DKIM1; t=y:s:x; h=SHA256 : md5; s=email:chat; n=hello; g=*; p=${RSA_2048}`,
    );
    expect(key).toMatchObject({
      testing: true,
      strictSubdomains: true,
      hashAlgorithms: ['sha256', 'md5'],
      serviceTypes: ['email', 'chat'],
      notes: 'hello',
      ignoredTags: ['g'],
      errors: [],
    });
  });

  it('removes folding whitespace inside p=', () => {
    const split = `${RSA_2048.slice(0, 100)} \t ${RSA_2048.slice(100)}`;
    expect(parseDkimKeyRecord(`p=${split}`).bits).toBe(2048);
  });

  it.each([
    ['v=DKIM1', /p= .* missing/],
    [`p=${RSA_2048}; v=DKIM1`, /v= must be the first tag/],
    [`v=DKIM2; p=${RSA_2048}`, /v=DKIM2 is not/],
    [`k=dsa; p=${RSA_2048}`, /k=dsa is not a key type/],
    [`h=md5; p=${RSA_2048}`, /h=md5 lists no hash/],
    [`s=chat; p=${RSA_2048}`, /s=chat does not include/],
    ['p=not*base64', /not valid base64/],
    ['p=AAAA', /not a DER-encoded RSA public key/],
    [`k=rsa; p=${ed25519Key(true)}`, /holds an ed25519 key/],
    ['k=ed25519; p=AAAA', /must be 32 bytes; p= decodes to 3/],
    ['v=DKIM1; p=; p=', /appears more than once/],
    ['v=DKIM1; t; p=', /not a tag=value pair/],
    ['v=DKIM1;; p=', /empty tag/],
  ])('reports %s as invalid', (text, message) => {
    const errors = parseDkimKeyRecord(text).errors;
    expect(
      errors.some((error) => message.test(error)),
      errors.join(' | '),
    ).toBe(true);
  });
});
