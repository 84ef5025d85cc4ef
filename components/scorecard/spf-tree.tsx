import { RecordText } from '@/components/record-text';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { SpfTreeView } from '@/lib/queries/scorecard-report';

interface Props {
  tree: SpfTreeView;
  lookups: number;
  voidLookups: number;
  locale: Locale;
  t: Translate;
}

const MAX_DEPTH = 12;

function Node({
  node,
  depth,
  locale,
  t,
}: {
  node: SpfTreeView;
  depth: number;
  locale: Locale;
  t: Translate;
}) {
  return (
    <li>
      <span className="tree-term">
        {node.term ? <code>{node.term}</code> : <strong>{node.domain}</strong>}
        {node.term && <span className="muted"> → {node.domain}</span>}
        {node.error && <span className="chip chip-warn">{node.error}</span>}
        <span className="muted"> · {t('domain.spfNodeLookups', { count: node.lookups })}</span>
      </span>
      {node.record && (
        <RecordText
          text={node.record}
          limit={200}
          labels={{ more: t('common.showMore'), less: t('common.showLess') }}
          locale={locale}
        />
      )}
      {node.children.length > 0 && depth < MAX_DEPTH && (
        <ul>
          {node.children.map((child, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same include can appear twice in one record
            <Node key={`${child.domain}-${index}`} node={child} depth={depth + 1} locale={locale} t={t} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The include/redirect tree with the RFC 7208 §4.6.4 lookup count against its limit ("11 / 10"). */
export function SpfTree({ tree, lookups, voidLookups, locale, t }: Props) {
  return (
    <section aria-labelledby="spf-tree-heading">
      <h3 id="spf-tree-heading">{t('domain.spfTree')}</h3>
      <p>
        <span className={lookups > 10 ? 'count-error' : undefined} data-testid="spf-lookups">
          {t('domain.spfLookups', { count: lookups })}
        </span>
        {' · '}
        <span className={voidLookups > 2 ? 'count-error' : undefined}>
          {t('domain.spfVoid', { count: voidLookups })}
        </span>
      </p>
      <ul className="tree">
        <Node node={tree} depth={0} locale={locale} t={t} />
      </ul>
    </section>
  );
}
