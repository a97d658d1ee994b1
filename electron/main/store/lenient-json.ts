// What a damaged stored row still says: JSON that no longer parses reads as
// nothing, a tag list keeps only its strings — so an index or a check built
// from the row goes on instead of stopping at it.
export function parseOrNull(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

export function stringList(json: string): string[] {
  const value = parseOrNull(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
