/** Reads a number as trainers type it: "3,5" and "3.5" alike; empty or anything else is null. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) {
    return null;
  }
  return Number(normalised);
}
