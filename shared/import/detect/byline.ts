// "By Jane Doe" / "By JOSH BOAK, Associated Press" right under the headline.
export function findByline(line: string): string | null {
  // Case-sensitive on the name: "By the numbers" is a subhead, not a byline.
  const match = /^(?:By|BY|by)\s+(\p{Lu}[^.!?]{1,120})$/u.exec(line.trim());
  if (!match) return null;
  return match[1]!.trim();
}
