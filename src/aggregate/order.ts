/** Code-point order, the order in which paths are read: independent of the user's locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
