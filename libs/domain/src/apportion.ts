/**
 * Divides a whole number in proportion to weights so that the parts add up to
 * it exactly: each part is rounded down and the units left over go to the
 * largest remainders (ties to the earlier part). Targets split among children
 * and scorecard weights shared out both need sums that never drift by a cent. Total and weights are whole numbers.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum === 0) return weights.map(() => 0);
  // Whole numbers, counted exactly: total × weight is beyond what a float holds for a large total (a target of
  // 10,000,000,000.00 split by basis points), and parts computed in floats would no longer add up to it.
  const whole = BigInt(sum);
  const exact = weights.map((weight) => BigInt(total) * BigInt(weight));
  const parts = exact.map((product) => Number(product / whole));
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = exact
    .map((product, index) => ({ index, remainder: product % whole }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}
