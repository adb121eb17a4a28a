/** A heading level as an element attribute gives it (any number), made a whole level within `min`–`max`. */
export function headingLevel(value: number, fallback: number, min = 1, max = 6): number {
  return Math.min(Math.max(Math.round(value) || fallback, min), max);
}
