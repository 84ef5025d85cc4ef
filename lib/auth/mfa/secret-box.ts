import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * TOTP secrets at rest. With KENSA_SECRET_KEY set they are sealed with AES-256-GCM under a key
 * derived from it (HKDF-SHA-256, RFC 5869, for this one purpose), bound to the user's id as
 * associated data so a sealed secret copied to another row does not open: a leaked database then
 * yields no second factor. Without the key they are stored as they are, marked so, and sealed
 * ones cannot be read (sign-in with them is refused, not let through).
 */
const SEALED = 'v1';
const PLAIN = 'plain';

/** The key that seals TOTP secrets, from KENSA_SECRET_KEY; null when it is not set. */
export function totpSecretKey(config: { KENSA_SECRET_KEY?: string } = env()): Buffer | null {
  const master = config.KENSA_SECRET_KEY;
  if (!master) return null;
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(master, 'base64'), Buffer.alloc(0), 'kensa totp secret', 32),
  );
}

/** The stored form of a secret for `userId`: sealed when there is a key. */
export function sealSecret(secret: string, userId: string, key: Buffer | null = totpSecretKey()): string {
  if (!key) return `${PLAIN}.${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${SEALED}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The secret a stored value holds, or null when it cannot be opened (no or another key, or altered). */
export function openSecret(
  stored: string,
  userId: string,
  key: Buffer | null = totpSecretKey(),
): string | null {
  const [kind, first, second] = stored.split('.');
  if (kind === PLAIN && first) return first;
  if (kind !== SEALED || !key || !first || !second) return null;
  const sealed = Buffer.from(second, 'base64url');
  if (sealed.length <= 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(first, 'base64url'))
      .setAAD(Buffer.from(userId))
      .setAuthTag(sealed.subarray(-16));
    return Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
