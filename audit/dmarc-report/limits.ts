/**
 * What Kensa accepts of one DMARC report input (an upload, an API body, a CLI file, one IMAP
 * message). Everything in a report is attacker-controlled: anyone can mail the rua address.
 */
export const DMARC_INPUT_LIMITS = {
  /** An input as received, compressed or a mail: issue 14's 10 MiB. */
  inputBytes: 10 * 1024 * 1024,
  /**
   * An input that is plain XML is already decompressed, so it gets the decompressed limit: a report
   * of 100,000 records is ~45 MiB of XML, and a user may upload a report they unzipped. Readers of
   * uploads and files read at most this many bytes (and one more, to see that there are more).
   */
  xmlInputBytes: 50 * 1024 * 1024,
  /** Everything decompressed out of one input, gzip and zip together: issue 14's 50 MiB. */
  decompressedBytes: 50 * 1024 * 1024,
  /** `<record>` elements in one report: issue 14's 100,000. */
  records: 100_000,
  /** Element nesting; a report needs 5 levels (feedback/record/auth_results/dkim/domain). */
  xmlDepth: 24,
  /** One element's text or one attribute's value; a report's longest are comments and URLs. */
  textChars: 64 * 1024,
  /** `auth_results/dkim` or `/spf` entries in one record (real ones carry one to three). */
  authResultsPerRecord: 1_000,
  /** Containers inside containers (mail → message/rfc822 → zip → xml is 3). */
  containerDepth: 5,
  /** Files in one zip, attachments in one mail, messages in one mbox. */
  partsPerContainer: 10_000,
} as const;

export const MIB = 1024 * 1024;
