/** The per-run cap on SMTP connections (KENSA_SMTP_PROBE_MAX): shared by every domain of one run. */
export interface ConnectionBudget {
  /** Takes one connection; false once the cap is reached. */
  take(): boolean;
}

export function createConnectionBudget(max: number): ConnectionBudget {
  let left = max;
  return {
    take() {
      if (left <= 0) return false;
      left--;
      return true;
    },
  };
}
