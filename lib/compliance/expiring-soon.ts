/**
 * The default window of "expiring soon" for compliance exceptions: the exceptions page, the API's
 * default and the scorecard mail's list. A plain module, so the mail renderer needs no database code.
 */
export const EXPIRING_WITHIN_DAYS = 30;
