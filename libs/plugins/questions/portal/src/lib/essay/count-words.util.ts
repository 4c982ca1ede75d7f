/** Words as a reader counts them: runs of characters between spaces (Moodle counts the same way). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
