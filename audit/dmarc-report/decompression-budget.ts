import { DMARC_INPUT_LIMITS, MIB } from './limits';
import { refuseTooLarge } from './refusal';

/**
 * The bytes one input may still decompress to, shared by every gzip and zip inside it, so a zip
 * of many members or a mail of many attachments cannot claim the 50 MiB once each.
 */
export class DecompressionBudget {
  private used = 0;

  get remaining(): number {
    return DMARC_INPUT_LIMITS.decompressedBytes - this.used;
  }

  /** Counts bytes as they come out of a decompressor; throws once the total passes the limit. */
  take(bytes: number): void {
    this.used += bytes;
    if (this.used > DMARC_INPUT_LIMITS.decompressedBytes) throw this.exceeded();
  }

  exceeded() {
    return refuseTooLarge(`decompresses to over ${DMARC_INPUT_LIMITS.decompressedBytes / MIB} MiB`);
  }
}
