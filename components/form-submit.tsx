/**
 * The end of a one-button form: the action's error, announced as it appears (role="alert"), then the
 * submit button, disabled while the action runs so a double click does not submit twice.
 */
export function FormSubmit({
  error,
  pending,
  label,
}: {
  error: string | null;
  pending: boolean;
  label: string;
}) {
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {label}
        </button>
      </p>
    </>
  );
}
