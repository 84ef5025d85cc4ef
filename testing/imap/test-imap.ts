/**
 * The fixture Dovecot that scripts/lib/services.sh starts for the tests (KENSA_TEST_IMAP_PORT,
 * KENSA_TEST_IMAP_STATE), and what tests do to it as a mail server would: add a user, deliver
 * messages into a folder, list what a folder holds.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { dovecotFiles } from './dovecot-config';

export interface TestImap {
  /** The certificate names `localhost` (and 127.0.0.1): the host the product must verify. */
  host: string;
  /** Implicit TLS. */
  port: number;
  /** STARTTLS. */
  starttlsPort: number;
  /** The test CA, as the product is configured to trust it (KENSA_IMAP_CA_FILE). */
  caFile: string;
  ca: string[];
  /** Adds a mailbox user (a fresh name per test keeps tests apart) and returns its credentials. */
  addUser(name: string): Promise<{ username: string; password: string }>;
}

export async function testImap(): Promise<TestImap> {
  const port = Number(process.env.KENSA_TEST_IMAP_PORT);
  const state = process.env.KENSA_TEST_IMAP_STATE;
  if (!port || !state)
    throw new Error(
      'KENSA_TEST_IMAP_PORT/KENSA_TEST_IMAP_STATE unset: run through npm test (scripts/test.sh)',
    );
  const files = dovecotFiles(state);
  return {
    host: 'localhost',
    port,
    starttlsPort: port + 1,
    caFile: files.caPath,
    ca: [await readFile(files.caPath, 'utf8')],
    async addUser(name) {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`user name "${name}": a-z, 0-9 and - only`);
      const password = `pw-${name}-secret`;
      // Dovecot's passwd-file format: user:{scheme}password:uid:gid:gecos:home:shell:extra.
      await writeFile(join(files.usersDir, name), `${name}:{PLAIN}${password}::::::\n`);
      return { username: name, password };
    },
  };
}

type Credentials = { username: string; password: string };

async function withClient<T>(
  server: TestImap,
  user: Credentials,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: true,
    auth: { user: user.username, pass: user.password },
    tls: { ca: server.ca },
    logger: false,
    disableAutoIdle: true,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

/** Delivers messages into `folder` (created when missing), as the mail server would. */
export async function deliver(
  server: TestImap,
  user: Credentials,
  folder: string,
  messages: string[],
): Promise<void> {
  await withClient(server, user, async (client) => {
    if (!(await client.list()).some((mailbox) => mailbox.path === folder)) await client.mailboxCreate(folder);
    for (const message of messages) await client.append(folder, message.replace(/\r?\n/g, '\r\n'));
  });
}

/** The Message-IDs (angle brackets kept) of a folder's messages, in order; [] when it does not exist. */
export async function listFolder(server: TestImap, user: Credentials, folder: string): Promise<string[]> {
  return withClient(server, user, async (client) => {
    if (!(await client.list()).some((mailbox) => mailbox.path === folder)) return [];
    const lock = await client.getMailboxLock(folder, { readOnly: true });
    try {
      const messages = await client.fetchAll('1:*', { envelope: true, flags: true }).catch(() => []);
      return messages.map((message) => message.envelope?.messageId ?? '(none)');
    } finally {
      lock.release();
    }
  });
}

/** Whether any message in `folder` was marked \Seen (the pull must only PEEK). */
export async function anySeen(server: TestImap, user: Credentials, folder: string): Promise<boolean> {
  return withClient(server, user, async (client) => {
    const lock = await client.getMailboxLock(folder, { readOnly: true });
    try {
      const messages = await client.fetchAll('1:*', { flags: true }).catch(() => []);
      return messages.some((message) => message.flags?.has('\\Seen'));
    } finally {
      lock.release();
    }
  });
}
