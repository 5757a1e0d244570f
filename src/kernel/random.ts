/** A small deterministic generator (32-bit LCG, Numerical Recipes constants) returning [0, 1): the
 *  same demo and benchmark data on every machine. Not for anything secret. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
