import type { ImportResult } from '@/lib/actions/import-domains';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';

type Report = Exclude<ImportResult, { status: 'error' }>;

interface Props {
  result: Report;
  labels: {
    summary: string;
    changes: string;
    done: string;
    badRows: string;
    line: string;
    value: string;
    reason: string;
    moreBad: string;
    sample: string;
    allGood: string;
    domain: string;
    groups: string;
    tags: string;
  };
  locale: Locale;
}

const fill = (text: string, values: Record<string, number>, locale: Locale) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? formatNumber(values[k] ?? 0, locale) : m));

/** What the import found: counts, every bad row with its line and reason, and the first good rows. */
export function ImportReport({ result, labels, locale }: Props) {
  const counts = { ...result.counts, total: result.total, good: result.good, bad: result.badCount };
  return (
    <section className="panel" aria-label={labels.summary.split('{')[0]} data-testid="import-report">
      <p data-testid="import-summary">{fill(labels.summary, counts, locale)}</p>
      <p data-testid="import-changes">
        <strong>{fill(result.status === 'done' ? labels.done : labels.changes, counts, locale)}</strong>
      </p>
      {result.badCount === 0 ? (
        <p>{labels.allGood}</p>
      ) : (
        <table className="bad-rows" data-testid="bad-rows">
          <caption>{labels.badRows}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {labels.line}
              </th>
              <th scope="col">{labels.value}</th>
              <th scope="col">{labels.reason}</th>
            </tr>
          </thead>
          <tbody>
            {result.bad.map((row) => (
              <tr key={row.line}>
                <td className="num">{row.line}</td>
                <td>
                  <code>{row.value}</code>
                </td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.badCount > result.bad.length && (
        <p>{fill(labels.moreBad, { count: result.badCount - result.bad.length }, locale)}</p>
      )}
      {result.sample.length > 0 && (
        <table>
          <caption>{labels.sample}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {labels.line}
              </th>
              <th scope="col">{labels.domain}</th>
              <th scope="col">{labels.groups}</th>
              <th scope="col">{labels.tags}</th>
            </tr>
          </thead>
          <tbody>
            {result.sample.map((row) => (
              <tr key={row.line}>
                <td className="num">{row.line}</td>
                <td>
                  {row.unicode}
                  {row.unicode !== row.ascii && <span className="muted"> ({row.ascii})</span>}
                </td>
                <td>{row.groups.join(', ')}</td>
                <td>{row.tags.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
