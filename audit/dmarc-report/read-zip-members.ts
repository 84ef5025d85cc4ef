import { Buffer } from 'node:buffer';
import { type Entry, fromBufferPromise, type ZipFile } from 'yauzl';
import type { ContainerPart } from './container-part';
import type { DecompressionBudget } from './decompression-budget';
import { DMARC_INPUT_LIMITS } from './limits';
import { DmarcRefusal, quoted, refuseNotDmarc, refuseTooLarge } from './refusal';

/**
 * The files of a zip archive, read with yauzl: sizes come from the central directory, and yauzl
 * fails a member whose data inflates past its declared size. A declared size over what the budget
 * has left refuses at once; every inflated chunk is counted as it comes, so no member, lying or
 * not, inflates past the limit. Directories are skipped.
 */
export async function readZipMembers(
  bytes: Uint8Array,
  budget: DecompressionBudget,
): Promise<ContainerPart[]> {
  const zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    validateEntrySizes: true,
  }).catch((error: Error) => {
    throw refuseNotDmarc(`the zip archive is unreadable (${error.message})`);
  });
  const members: ContainerPart[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (members.length === DMARC_INPUT_LIMITS.partsPerContainer)
        throw refuseTooLarge(`the zip holds over ${DMARC_INPUT_LIMITS.partsPerContainer} files`);
      if (entry.uncompressedSize > budget.remaining) throw budget.exceeded();
      members.push({ name: entry.fileName, bytes: await inflateMember(zip, entry, budget) });
    }
  } catch (error) {
    if (error instanceof DmarcRefusal) throw error;
    throw refuseNotDmarc(`the zip archive is unreadable (${(error as Error).message})`);
  } finally {
    zip.close();
  }
  return members;
}

async function inflateMember(zip: ZipFile, entry: Entry, budget: DecompressionBudget): Promise<Uint8Array> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.take(chunk.length);
      chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof DmarcRefusal) throw error;
    throw refuseNotDmarc(`zip member ${quoted(entry.fileName)} is unreadable (${(error as Error).message})`);
  }
  return Buffer.concat(chunks);
}
