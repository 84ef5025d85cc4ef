/**
 * Thrown by a query asked for something outside the viewer's scope that it cannot simply leave out
 * (an adoption scope, a report of other groups): the API answers 404 not_found, as for what does
 * not exist, and pages show their not-found page.
 */
export class NotVisibleError extends Error {
  constructor(what: string) {
    super(`${what} is not visible to this caller`);
    this.name = 'NotVisibleError';
  }
}
