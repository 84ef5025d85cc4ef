import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * Secrets Kensa must read back in clear (MFA TOTP secrets, mailbox passwords) at rest. With
 * KENSA_SECRET_KEY set they are sealed with AES-256-GCM under a key derived from it (HKDF-SHA-256,
 * RFC 5869, one key per purpose), bound to the owning row's id as associated data so a sealed
 * secret copied to another row does not open: a leaked database then yields no second factor and no
 * mailbox. Without the key they are stored as they are, marked so, and sealed ones cannot be read
 * (whatever needs them is refused, not let through).
 */
const SEALED = 'v1';
const PLAIN = 'plain';

/** The HKDF `info` of each purpose; TOTP's predates the others and must not change (stored secrets). */
const PURPOSE_INFO = {
  totp: 'kensa totp secret',
  'mailbox-password': 'kensa mailbox password',
} as const;

export type SecretPurpose = keyof typeof PURPOSE_INFO;

/** The key that seals secrets of `purpose`, from KENSA_SECRET_KEY; null when it is not set. */
export function secretBoxKey(
  purpose: SecretPurpose,
  config: { KENSA_SECRET_KEY?: string } = env(),
): Buffer | null {
  const master = config.KENSA_SECRET_KEY;
  if (!master) return null;
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(master, 'base64'), Buffer.alloc(0), PURPOSE_INFO[purpose], 32),
  );
}

/** The stored form of a secret of the row `ownerId`: sealed when there is a key. */
export function sealSecret(secret: string, ownerId: string, key: Buffer | null): string {
  if (!key) return `${PLAIN}.${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(ownerId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${SEALED}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The secret a stored value holds, or null when it cannot be opened (no or another key, or altered). */
export function openSecret(stored: string, ownerId: string, key: Buffer | null): string | null {
  const [kind, first, second] = stored.split('.');
  if (kind === PLAIN && first) return first;
  if (kind !== SEALED || !key || !first || !second) return null;
  const sealed = Buffer.from(second, 'base64url');
  if (sealed.length <= 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(first, 'base64url'))
      .setAAD(Buffer.from(ownerId))
      .setAuthTag(sealed.subarray(-16));
    return Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
