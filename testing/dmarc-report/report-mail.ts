import { Buffer } from 'node:buffer';

export interface MailAttachmentSpec {
  name: string;
  contentType: string;
  data: Uint8Array | string;
}

/**
 * A report mail as receivers send them (RFC 7489 §7.2.1.1): a short text part and the report as a
 * base64 attachment, CRLF line ends. `attachments` may be several, or a forwarded message
 * (`forwarded`, a message/rfc822 part as mail clients forward).
 */
export function reportMail(options: {
  attachments?: MailAttachmentSpec[];
  forwarded?: string[];
  subject?: string;
}): string {
  const parts = [
    'Content-Type: text/plain; charset=utf-8\r\n\r\nThis is an aggregate report.\r\n',
    ...(options.attachments ?? []).map(
      (attachment) =>
        `Content-Type: ${attachment.contentType}; name="${attachment.name}"\r\n` +
        `Content-Disposition: attachment; filename="${attachment.name}"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(attachment.data)}`,
    ),
    ...(options.forwarded ?? []).map((message) => `Content-Type: message/rfc822\r\n\r\n${message}\r\n`),
  ];
  // Unique per nesting level: a forwarded message's boundary must not close its container's parts.
  const boundary = `kensa-${parts.join('').length}`;
  return [
    'From: DMARC Reporter <noreply-dmarc@receiver.example>',
    'To: rua@kensa.example',
    `Subject: ${options.subject ?? 'Report Domain: kensa.example Submitter: receiver.example'}`,
    'Date: Mon, 30 Nov 2026 09:00:00 +0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** The whole message is the attachment (one application/gzip body), as Mimecast sends it. */
export function singlePartMail(name: string, contentType: string, data: Uint8Array): string {
  return [
    'From: no-reply@reports.example',
    'Subject: Report domain: kensa.example',
    `Content-Type: ${contentType}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${name}"`,
    'MIME-Version: 1.0',
    '',
    base64Lines(data),
  ].join('\r\n');
}

function base64Lines(data: Uint8Array | string): string {
  return `${(
    Buffer.from(data)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n')}\r\n`;
}
