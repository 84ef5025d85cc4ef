import { splitColonList } from '../dkim/parse-tag-list';
import { DMARC_TAGS, type DmarcTagName } from './dmarc-tags';
import { splitUriList } from './parse-report-uri';
import type { DmarcDisposition, DmarcTags } from './types';

/** Turns the valid published tags into typed values, filling in the defaults of DMARC_TAGS. */
export function readDmarcTags(published: Partial<Record<DmarcTagName, string>>): DmarcTags {
  const text = (name: DmarcTagName) => (published[name] ?? DMARC_TAGS[name].default ?? '').toLowerCase();
  const p = text('p') as DmarcDisposition;
  const sp = (published.sp?.toLowerCase() as DmarcDisposition | undefined) ?? p;
  const np = (published.np?.toLowerCase() as DmarcDisposition | undefined) ?? sp;
  return {
    p,
    sp,
    np,
    pct: Number(text('pct')),
    adkim: text('adkim') as DmarcTags['adkim'],
    aspf: text('aspf') as DmarcTags['aspf'],
    rua: published.rua === undefined ? [] : splitUriList(published.rua),
    ruf: published.ruf === undefined ? [] : splitUriList(published.ruf),
    fo: splitColonList(text('fo')),
    rf: splitColonList(text('rf')),
    ri: Number(text('ri')),
    testing: text('t') === 'y',
    psd: text('psd') as DmarcTags['psd'],
  };
}
