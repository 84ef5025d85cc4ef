import type { ContainerPart } from './container-part';
import { DecompressionBudget } from './decompression-budget';
import { gunzipBounded } from './gunzip-bounded';
import { DMARC_INPUT_LIMITS, MIB } from './limits';
import { parseAggregateXml } from './parse-aggregate-xml';
import { readMailAttachments } from './read-mail-attachments';
import { readZipMembers } from './read-zip-members';
import { DmarcRefusal, type DmarcRefusalKind, quoted, refuseNotDmarc, refuseTooLarge } from './refusal';
import { sniffFormat } from './sniff-format';
import { splitMbox } from './split-mbox';
import type { DmarcAggregateReport } from './types';

export type DmarcInputResult =
  | { reports: DmarcAggregateReport[] }
  | { refused: string; kind: DmarcRefusalKind };

/**
 * One input — an `.xml`, `.xml.gz`, `.zip`, `.eml` or mbox file, an upload, one IMAP message —
 * to the aggregate reports it carries, or the reason it is refused. Inputs are at most 10 MiB,
 * plain XML 50 MiB (DMARC_INPUT_LIMITS). What an input is comes from its bytes, not `fileName`
 * (which only names it in reasons). Containers nest (a forwarded mail with a zip…) up to
 * DMARC_INPUT_LIMITS.containerDepth. All or nothing: every part that looks like a report (XML,
 * gzip, zip) must be one; zip members and mail parts that do not (a README, a logo) are passed
 * over, and the input must carry at least one report. Never throws: anything unexpected from a
 * library is a refusal too, since every byte here comes from whoever mailed the rua address.
 */
export async function readDmarcInput(bytes: Uint8Array, fileName: string): Promise<DmarcInputResult> {
  try {
    const limit =
      sniffFormat(bytes) === 'xml' ? DMARC_INPUT_LIMITS.xmlInputBytes : DMARC_INPUT_LIMITS.inputBytes;
    if (bytes.length > limit) throw refuseTooLarge(`the input is over ${limit / MIB} MiB`);
    const reports = await reportsIn({ name: fileName, bytes }, 0, new DecompressionBudget(), true);
    if (reports.length === 0) throw refuseNotDmarc('no report found in it');
    return { reports };
  } catch (error) {
    if (error instanceof DmarcRefusal) return { refused: error.message, kind: error.kind };
    return {
      refused: refuseNotDmarc(`unreadable (${String(error).split('\n')[0]})`).message,
      kind: 'not-dmarc',
    };
  }
}

/** `required`: the part must be a report or hold one (the input itself, a gzip's content). */
async function reportsIn(
  part: ContainerPart,
  depth: number,
  budget: DecompressionBudget,
  required: boolean,
): Promise<DmarcAggregateReport[]> {
  checkDepth(depth);
  const format = sniffFormat(part.bytes);
  try {
    if (format === 'xml') return [parseAggregateXml(part.bytes)];
    if (format === 'gzip')
      return reportsIn({ ...part, bytes: gunzipBounded(part.bytes, budget) }, depth + 1, budget, true);
    if (format === 'zip') return inEach(await readZipMembers(part.bytes, budget), depth, budget);
    if (format === 'mail' && required) return inMail(part.bytes, depth, budget);
    if (format === 'mbox' && required) return inMbox(part.bytes, depth, budget);
  } catch (error) {
    throw depth === 0 || !(error instanceof DmarcRefusal) ? error : located(error, part.name);
  }
  if (required)
    throw refuseNotDmarc(
      `${depth === 0 ? 'the input' : quoted(part.name)} is neither XML, gzip, zip nor mail`,
    );
  return [];
}

async function inEach(parts: ContainerPart[], depth: number, budget: DecompressionBudget) {
  const reports: DmarcAggregateReport[] = [];
  for (const part of parts) reports.push(...(await reportsIn(part, depth + 1, budget, false)));
  return reports;
}

async function inMail(bytes: Uint8Array, depth: number, budget: DecompressionBudget) {
  checkDepth(depth);
  const reports: DmarcAggregateReport[] = [];
  for (const attachment of await readMailAttachments(bytes)) {
    if (attachment.message) reports.push(...(await inMail(attachment.bytes, depth + 1, budget)));
    else reports.push(...(await reportsIn(attachment, depth + 1, budget, false)));
  }
  return reports;
}

async function inMbox(bytes: Uint8Array, depth: number, budget: DecompressionBudget) {
  const messages = splitMbox(bytes);
  if (messages.length > DMARC_INPUT_LIMITS.partsPerContainer)
    throw refuseTooLarge(`the mbox holds over ${DMARC_INPUT_LIMITS.partsPerContainer} messages`);
  const reports: DmarcAggregateReport[] = [];
  for (const message of messages) reports.push(...(await inMail(message, depth + 1, budget)));
  return reports;
}

function checkDepth(depth: number): void {
  if (depth > DMARC_INPUT_LIMITS.containerDepth)
    throw refuseTooLarge(`containers nested deeper than ${DMARC_INPUT_LIMITS.containerDepth}`);
}

/** The same refusal, saying which part of the input it was about. */
function located(refusal: DmarcRefusal, name: string): DmarcRefusal {
  return name ? new DmarcRefusal(refusal.kind, `${refusal.message} (in ${quoted(name)})`) : refusal;
}
