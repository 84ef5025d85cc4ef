import type { ProbeHit } from '../dns/probe-txt';
import type { FindingId } from '../findings/catalog';
import { clipText, EVIDENCE_TEXT_CHARS, MESSAGE_TEXT_CHARS } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import type { DmarcNearMissProblem } from './detect-dmarc-near-miss';
import type { DmarcMistake } from './find-misplaced-dmarc';
import type { DmarcName } from './read-dmarc-name';

/** At most this many discarded records are reported per name: the RRset is the publisher's to size. */
const MAX_PER_NAME = 5;

const PROBLEM: Record<DmarcNearMissProblem, (version: string) => string> = {
  'leading-space': () => 'it starts with white space',
  quoted: () => 'its text is wrapped in quote marks',
  'version-malformed': (version) =>
    /^v\s*=\s*DMARC1$/.test(version)
      ? `"${version}" is not followed by ";"`
      : `it starts with "${version}", not "v=DMARC1" (DMARC1 is case-sensitive)`,
  'version-not-first': (version) => `"${version}" is not its first tag`,
  'version-missing': () => 'it has no "v=DMARC1" at its start',
};

const MISTAKE: Record<DmarcMistake, string> = {
  apex: 'at the domain itself',
  'no-underscore': 'at "dmarc." without the underscore',
  'doubled-origin': 'at a name with the domain repeated',
};

/** dmarc.near-miss for each record at a `_dmarc` name that receivers discard, with the fix when known. */
export function nearMissFindings(names: DmarcName[]): Finding<FindingId>[] {
  return names.flatMap((name) =>
    name.nearMisses.slice(0, MAX_PER_NAME).map(({ text, nearMiss }) => {
      const version = clipText(nearMiss.version ?? '', 40);
      const fix = nearMiss.fix !== null && nearMiss.fix.length <= EVIDENCE_TEXT_CHARS ? nearMiss.fix : null;
      const evidence = {
        name: name.name,
        record: clipText(text, EVIDENCE_TEXT_CHARS),
        problem: nearMiss.problem,
        fix,
      };
      const quoted = `${JSON.stringify(clipText(text, MESSAGE_TEXT_CHARS))} at ${name.name}`;
      const detail = `${quoted}: ${PROBLEM[nearMiss.problem](version)}${fix ? `; publish ${JSON.stringify(fix)}` : ''}`;
      return makeFinding('dmarc.near-miss', evidence, detail);
    }),
  );
}

/** dmarc.misplaced for each valid record found at a wrong name, with the name it belongs at. */
export function misplacedFindings(domain: string, hits: ProbeHit<DmarcMistake>[]): Finding<FindingId>[] {
  const expected = `_dmarc.${domain}`;
  return hits.slice(0, MAX_PER_NAME).map(({ name, mistake, record }) => {
    const evidence = { name, mistake, record: clipText(record, EVIDENCE_TEXT_CHARS), expected };
    const detail = `${JSON.stringify(clipText(record, MESSAGE_TEXT_CHARS))} is ${MISTAKE[mistake]} (${name}); publish it at ${expected}`;
    return makeFinding('dmarc.misplaced', evidence, detail);
  });
}
