import { openSecret, secretBoxKey } from '@/lib/crypto/secret-box';
import type { ImapConnection, TlsMode } from './imap-connection';

interface StoredAccount {
  id: string;
  host: string;
  port: number;
  tlsMode: string;
  username: string;
  passwordSealed: string;
}

/**
 * How to reach a stored account, its password opened; null when the password cannot be opened
 * (sealed under another or no KENSA_SECRET_KEY), which the caller reports rather than guessing.
 */
export function accountConnection(account: StoredAccount): ImapConnection | null {
  const password = openSecret(account.passwordSealed, account.id, secretBoxKey('mailbox-password'));
  if (password === null) return null;
  return {
    host: account.host,
    port: account.port,
    tlsMode: account.tlsMode as TlsMode,
    username: account.username,
    password,
  };
}

export const UNREADABLE_PASSWORD =
  'the stored password cannot be opened (KENSA_SECRET_KEY changed or unset); enter it again';
