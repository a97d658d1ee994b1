// "By Jane Doe" / "By JOSH BOAK, Associated Press" right under the headline.
export function findByline(line: string): string | null {
  const match = /^by\s+([\p{Lu}][^.!?]{1,120})$/iu.exec(line.trim());
  if (!match) return null;
  return match[1]!.trim();
}
