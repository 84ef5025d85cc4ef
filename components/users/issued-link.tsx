'use client';

/** A one-time link shown once, selectable for copying, with whether it was also mailed. */
export function IssuedLink({
  message,
  url,
  label,
  mailNote,
}: {
  message: string;
  url: string;
  label: string;
  mailNote: string;
}) {
  return (
    <div className="panel" data-testid="issued-link">
      <p>{message}</p>
      <label htmlFor="issued-link-url">{label}</label>{' '}
      <input
        id="issued-link-url"
        data-testid="issued-link-url"
        type="text"
        readOnly
        size={80}
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="muted">{mailNote}</p>
    </div>
  );
}
