/** An adoption flag as a symbol plus text for screen readers: ✓ yes, ✗ no, ? unknown. */
export function FlagMark({
  value,
  labels,
}: {
  value: boolean | null;
  labels: { yes: string; no: string; unknown: string };
}) {
  const [symbol, text, kind] =
    value === null
      ? ['?', labels.unknown, 'unknown']
      : value
        ? ['✓', labels.yes, 'yes']
        : ['✗', labels.no, 'no'];
  return (
    <span className={`flag flag-${kind}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
