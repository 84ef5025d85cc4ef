import PostalMime from 'postal-mime';
import type { ContainerPart } from './container-part';
import { DMARC_INPUT_LIMITS } from './limits';
import { refuseNotDmarc, refuseTooLarge } from './refusal';

export interface MailAttachment extends ContainerPart {
  /** A message/rfc822 part: a whole message (a forwarded report mail), to be read as a mail again. */
  message: boolean;
}

/** postal-mime's limit errors (its README, "Security limits"). */
const LIMIT_ERRORS = new Set([
  'EMAXNESTINGDEPTH',
  'EMAXHEADERSIZE',
  'EMAXPARTCOUNT',
  'EMAXFORWARDEDADDRESSES',
]);

/**
 * The attachments of one message (RFC 5322 / MIME), decoded by postal-mime, including a body that
 * is itself the attachment (Mimecast sends a single application/gzip part). message/rfc822 parts
 * come back whole and unparsed (`forceRfc822Attachments`), so the caller bounds how deep forwarded
 * mail nests with the same depth as every other container.
 */
export async function readMailAttachments(bytes: Uint8Array): Promise<MailAttachment[]> {
  const email = await PostalMime.parse(bytes, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: DMARC_INPUT_LIMITS.xmlDepth,
    maxPartCount: DMARC_INPUT_LIMITS.partsPerContainer,
    maxHeadersSize: 1024 * 1024,
  }).catch((error: Error & { code?: string }) => {
    if (error.code && LIMIT_ERRORS.has(error.code))
      throw refuseTooLarge(`the mail's structure (${error.message})`);
    throw refuseNotDmarc(`the mail is unreadable (${error.message})`);
  });
  return email.attachments.map((attachment) => ({
    name: attachment.filename ?? '',
    bytes: toBytes(attachment.content),
    message: attachment.mimeType === 'message/rfc822',
  }));
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
