/** What a synthetic message's header block says; every field optional so tests can leave any out. */
export interface SyntheticHeaders {
  /** Authentication-Results values, topmost first. */
  authResults?: string[];
  /** Received fields' dates, topmost first (RFC 5322 date-time text). */
  received?: string[];
  date?: string;
  messageId?: string;
  from?: string;
  /** More fields, written as given (e.g. DKIM-Signature, Subject). */
  extra?: string[];
}

/**
 * A message's text: header fields in the order a receiving MTA leaves them (its trace fields on
 * top), then an empty line and the body. `eol` picks LF (mbox, Maildir) or CRLF (.eml as sent).
 */
export function messageText(headers: SyntheticHeaders, body = 'Hello.\n', eol = '\n'): string {
  const lines = [
    ...(headers.authResults ?? []).map((value) => `Authentication-Results: ${value}`),
    ...(headers.received ?? []).map(
      (date, i) =>
        `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i + 1}])\n\tby mx.example.jp with ESMTPS id ABC${i};\n\t${date}`,
    ),
    ...(headers.extra ?? []),
    ...(headers.date === undefined ? [] : [`Date: ${headers.date}`]),
    ...(headers.from === undefined ? [] : [`From: ${headers.from}`]),
    ...(headers.messageId === undefined ? [] : [`Message-ID: <${headers.messageId}>`]),
    'Subject: test',
  ];
  return `${[...lines, '', body].join('\n').replace(/\n/g, eol)}`;
}

/**
 * Messages as one mbox (RFC 4155): a "From " line before each, body lines starting "From " quoted
 * as ">From " (mboxrd), an empty line after each message.
 */
export function mboxText(messages: string[]): string {
  return messages
    .map((text) => `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${text.replace(/^(>*From )/gm, '>$1')}\n`)
    .join('');
}
