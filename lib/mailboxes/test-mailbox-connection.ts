import { describeImapError } from './describe-imap-error';
import { type ImapConnection, openImap } from './imap-connection';
import { imapTrustedCas } from './imap-trust';

export type ConnectionCheck = { ok: true; messages: number } | { ok: false; error: string };

/**
 * The settings page's "test connection": log in, open the folder read-only (EXAMINE, RFC 3501
 * §6.3.2: nothing changes) and say how many messages wait there, or why it failed.
 */
export async function testMailboxConnection(
  connection: ImapConnection,
  folder: string,
  ca: string[] | undefined = imapTrustedCas(),
): Promise<ConnectionCheck> {
  let client: Awaited<ReturnType<typeof openImap>> | undefined;
  try {
    client = await openImap(connection, ca);
    const mailbox = await client.mailboxOpen(folder, { readOnly: true });
    await client.logout();
    return { ok: true, messages: mailbox.exists };
  } catch (error) {
    return { ok: false, error: describeImapError(error) };
  } finally {
    client?.close();
  }
}
