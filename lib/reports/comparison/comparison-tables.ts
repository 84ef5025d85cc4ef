import type { TableOfCells } from '@/lib/reports/report-tables';
import { type ComparisonLabels, changeLabels } from './comparison-labels';
import { roundOne } from './comparison-shares';
import { DOMAIN_CHANGE_KINDS, type GroupComparison, type Share } from './group-comparison-schema';

type Column = TableOfCells['columns'][number];

/** Percent then, now, the change, then each day's counts: the numeric columns of every figure row. */
function figureColumns({ t }: ComparisonLabels): Column[] {
  const count = (key: Parameters<typeof t>[0]): Column => ({ header: t(key), kind: 'count' });
  return [
    { header: t('comparison.before'), kind: 'percent' },
    { header: t('comparison.after'), kind: 'percent' },
    { header: t('comparison.points'), kind: 'points' },
    count('comparison.beforeMet'),
    count('comparison.beforeKnown'),
    count('comparison.beforeUnknown'),
    count('comparison.afterMet'),
    count('comparison.afterKnown'),
    count('comparison.afterUnknown'),
  ];
}

function figureCells(row: { before: Share; after: Share; points: number | null }) {
  const percent = (share: Share) => (share.percent === null ? null : roundOne(share.percent));
  const { before, after } = row;
  return [
    percent(before),
    percent(after),
    row.points,
    before.adopted,
    before.known,
    before.unknown,
    after.adopted,
    after.known,
    after.unknown,
  ];
}

/**
 * The comparison as flat tables in one language — what the CSV and XLSX files hold: the adoption
 * metrics, every requirement of every profile, and the domains that changed (one row each, its kind
 * first). Percentages are rounded to the one decimal the change in points is taken from.
 */
export function comparisonTables(c: GroupComparison, labels: ComparisonLabels): TableOfCells[] {
  const { t, language } = labels;
  const text = (header: string): Column => ({ header, kind: 'text' });
  const separator = language === 'ja' ? '、' : ', ';
  const listed = DOMAIN_CHANGE_KINDS.filter((kind) => c.domains[kind].total > c.domains[kind].rows.length);
  return [
    {
      name: t('comparison.sheet.metrics'),
      columns: [text(t('comparison.metric')), ...figureColumns(labels)],
      rows: c.metrics.map((row) => [t(`metric.${row.metric}`), ...figureCells(row)]),
    },
    {
      name: t('comparison.sheet.requirements'),
      columns: [
        text(t('comparison.profile')),
        text(t('comparison.requirement')),
        text(t('compliance.level')),
        ...figureColumns(labels),
      ],
      rows: c.profiles.flatMap((profile) =>
        profile.requirements.map((row) => [
          profile.name[language],
          row.requirement === '' ? t('comparison.wholeProfile') : `${row.requirement} ${row.title[language]}`,
          row.level === null ? '' : t(`compliance.level.${row.level}`),
          ...figureCells(row),
        ]),
      ),
    },
    {
      name: t('comparison.sheet.domains'),
      ...(listed.length > 0
        ? {
            note: listed
              .map(
                (kind) =>
                  `${t(`comparison.kind.${kind}`)}: ${t('comparison.shown', {
                    shown: c.domains[kind].rows.length,
                    total: c.domains[kind].total,
                  })}`,
              )
              .join(' '),
          }
        : {}),
      columns: [
        text(t('comparison.kind')),
        text(t('comparison.domain')),
        text('ASCII'),
        text(t('comparison.what')),
      ],
      rows: DOMAIN_CHANGE_KINDS.flatMap((kind) =>
        c.domains[kind].rows.map((row) => [
          t(`comparison.kind.${kind}`),
          row.unicode,
          row.ascii,
          changeLabels(c, row, labels).join(separator),
        ]),
      ),
    },
  ];
}
