/**
 * Waits for `work` at most `ms`. Redis clients here queue commands through an outage instead of
 * failing them, so a request handler bounds its wait and leaves the rest to the workers' reconciler;
 * the work itself carries on, and a late failure is logged rather than left unhandled.
 */
export async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const result = await Promise.race([work, late]);
    if (result === 'late')
      work.catch((error: unknown) => console.error(`${what} failed late: ${String(error)}`));
    return result;
  } finally {
    clearTimeout(timer);
  }
}
