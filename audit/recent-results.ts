/**
 * A pure function's results for the texts seen lately, frozen so every caller can share them. A
 * provider's records (its SPF include, its DKIM key) are published for thousands of domains, and
 * parsing them again for each was a measurable part of a scan's CPU (issue 12). Bounded: the texts
 * come from the DNS (attacker-controlled), so the table is emptied when it is full.
 */
export function recentResults<T>(max: number, compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const result = deepFreeze(compute(text));
    if (known.size >= max) known.clear();
    known.set(text, result);
    return result;
  };
}

/** Freezes objects and arrays all the way down (typed arrays cannot be frozen and are left as they are). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || Object.isFrozen(value)) {
    return value;
  }
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
