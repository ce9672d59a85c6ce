/**
 * `12345` cents → `123.45`, `-5` → `-0.05`: in integers, since a float sum of thousands of
 * amounts drifts and `toFixed` rounds a binary fraction, not the cents that were booked.
 */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const magnitude = Math.abs(cents)
  return `${sign}${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`
}
