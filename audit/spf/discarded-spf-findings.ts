import type { ProbeHit } from '../dns/probe-txt';
import type { FindingId } from '../findings/catalog';
import { clipText, EVIDENCE_TEXT_CHARS, MESSAGE_TEXT_CHARS } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import type { SpfNearMiss, SpfNearMissProblem } from './detect-spf-near-miss';
import type { SpfMistake } from './find-misplaced-spf';

/** Records a name holds that receivers discard, and those found where receivers never look. */
export interface DiscardedSpf {
  nearMisses: Array<{ text: string; nearMiss: SpfNearMiss }>;
  misplaced: ProbeHit<SpfMistake>[];
}

/** At most this many discarded records are reported per kind: the RRset is the publisher's to size. */
const MAX_REPORTED = 5;

const PROBLEM: Record<SpfNearMissProblem, (version: string) => string> = {
  'leading-space': () => 'it starts with white space',
  quoted: () => 'its text is wrapped in quote marks',
  'version-malformed': (version) =>
    /^v=spf1$/i.test(version)
      ? `"${version}" is not followed by a space`
      : `it starts with "${version}", not "v=spf1" and a space`,
  'version-not-first': (version) => `"${version}" is not at its start`,
  'version-missing': () => 'it has SPF terms but no "v=spf1" at its start',
};

const MISTAKE: Record<SpfMistake, string> = {
  'spf-label': 'only at _spf',
  'doubled-origin': 'only at a name with the domain repeated',
  'rr-type-99': 'only as an SPF-type (99) record',
};

/** spf.near-miss for each discarded record, with the fix when known; spf.misplaced for each misplaced one. */
export function discardedSpfFindings(domain: string, discarded: DiscardedSpf): Finding<FindingId>[] {
  const nearMisses = discarded.nearMisses.slice(0, MAX_REPORTED).map(({ text, nearMiss }) => {
    const version = clipText(nearMiss.version ?? '', 40);
    const fix = nearMiss.fix !== null && nearMiss.fix.length <= EVIDENCE_TEXT_CHARS ? nearMiss.fix : null;
    const evidence = { domain, record: clipText(text, EVIDENCE_TEXT_CHARS), problem: nearMiss.problem, fix };
    const detail = `${JSON.stringify(clipText(text, MESSAGE_TEXT_CHARS))}: ${PROBLEM[nearMiss.problem](version)}${fix ? `; publish ${JSON.stringify(fix)}` : ''}`;
    return makeFinding('spf.near-miss', evidence, detail);
  });
  const misplaced = discarded.misplaced.slice(0, MAX_REPORTED).map(({ name, mistake, record }) => {
    const evidence = { domain, name, mistake, record: clipText(record, EVIDENCE_TEXT_CHARS) };
    const detail = `${JSON.stringify(clipText(record, MESSAGE_TEXT_CHARS))} is ${MISTAKE[mistake]} (${name}); publish a TXT record at ${domain}`;
    return makeFinding('spf.misplaced', evidence, detail);
  });
  return [...nearMisses, ...misplaced];
}
