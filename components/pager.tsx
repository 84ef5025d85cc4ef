import Link from 'next/link';

interface Props {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; pageOf: string; nav: string };
}

/** Previous / next links and the position, as a labelled navigation landmark. */
export function Pager({ page, pages, hrefFor, labels }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={labels.nav}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← {labels.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {labels.next} →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
