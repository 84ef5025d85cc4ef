import type { FindingId } from '../findings/catalog';
import { clipText } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import type { HttpsFailure } from './types';

/** The finding each kind of definite fetch failure raises, per check. */
export type FailureFindings = Record<HttpsFailure, FindingId>;

/** The finding for a definite fetch failure of `url`, its detail bounded (it quotes the server). */
export function fetchFailureFinding(
  ids: FailureFindings,
  failure: HttpsFailure,
  url: string,
  detail: string,
): Finding<FindingId> {
  const bounded = clipText(detail, 300);
  return makeFinding(ids[failure], { url: clipText(url, 300), failure, detail: bounded }, bounded);
}
