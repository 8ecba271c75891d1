/**
 * Association scores of a pair beside its raw count: how much more often two entities meet than chance
 * would have them meet, given how often each occurs. Both read off the same 2×2 table of N units
 * (documents, or quotes): `both` hold a and b, `a` hold a, `b` hold b.
 */
export interface Association {
  /** Pointwise mutual information, log2(P(a,b) / P(a)P(b)): 0 is chance, 1 is twice as often. */
  pmi: number;
  /** Dunning's log-likelihood ratio G², which (unlike PMI) does not reward pairs seen once. */
  g2: number;
}

function term(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function association(both: number, a: number, b: number, n: number): Association {
  if (both <= 0 || a <= 0 || b <= 0 || n <= 0) return { pmi: 0, g2: 0 };
  const pmi = Math.log2((both * n) / (a * b));
  const cells = [
    [both, (a * b) / n],
    [a - both, (a * (n - b)) / n],
    [b - both, ((n - a) * b) / n],
    [n - a - b + both, ((n - a) * (n - b)) / n],
  ] as const;
  const g2 = 2 * cells.reduce((sum, [o, e]) => sum + term(o, e), 0);
  return { pmi: round(pmi), g2: round(Math.max(0, g2)) };
}
