import { Buffer } from 'node:buffer';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MessageSplitter } from '../audit/received-mail/message-splitter';
import { UsageError } from './usage-error';

/** Read size for an mbox (large sequential reads) and for one message (its header block is small). */
const MBOX_CHUNK = 1024 * 1024;
const MESSAGE_CHUNK = 16 * 1024;

/**
 * Hands the header block of every message under `paths` to `onMessage`, in order: an mbox file, a
 * Maildir directory (its cur/ and new/, not tmp/, where deliveries are still being written), or a
 * single message (`.eml`). Bodies stream past unread where possible (a single message stops at its
 * header block). Any path that cannot be read is a UsageError of one line (exit 2), raised for every
 * path before anything is read and again should reading fail half-way.
 */
export async function readMailPaths(
  paths: string[],
  onMessage: (block: Buffer | null) => void,
): Promise<void> {
  const kinds = await Promise.all(
    paths.map(async (path) => ({ path, directory: (await statOf(path)).isDirectory() })),
  );
  for (const { path, directory } of kinds) {
    if (directory) for (const file of await maildirFiles(path)) await readFile(file, false, onMessage);
    else await readFile(path, !/\.eml$/i.test(path), onMessage);
  }
}

async function maildirFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  let folders = 0;
  for (const sub of ['cur', 'new']) {
    const entries = await readdir(join(dir, sub), { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw unreadable(join(dir, sub), error);
      },
    );
    if (entries === null) continue;
    folders++;
    const names = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
    files.push(...names.sort().map((name) => join(dir, sub, name)));
  }
  if (folders === 0)
    throw new UsageError(`cannot read ${JSON.stringify(dir)}: a directory must be a Maildir (cur/, new/)`);
  return files;
}

async function readFile(
  path: string,
  mbox: boolean,
  onMessage: (block: Buffer | null) => void,
): Promise<void> {
  const splitter = new MessageSplitter(mbox, onMessage);
  const chunkSize = mbox ? MBOX_CHUNK : MESSAGE_CHUNK;
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error);
  });
  try {
    while (!splitter.done) {
      // A fresh buffer each read: the splitter may still hold the previous one's unfinished header block.
      const chunk = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
      if (bytesRead === 0) break;
      splitter.push(chunk.subarray(0, bytesRead));
    }
    splitter.end();
  } catch (error) {
    throw error instanceof UsageError ? error : unreadable(path, error as NodeJS.ErrnoException);
  } finally {
    await handle.close();
  }
}

async function statOf(path: string) {
  return stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error);
  });
}

/** One line whatever the path holds (JSON quoting keeps a newline in a name from breaking it). */
function unreadable(path: string, error: NodeJS.ErrnoException): UsageError {
  return new UsageError(`cannot read ${JSON.stringify(path)}: ${error.code ?? error.message.split('\n')[0]}`);
}
