/** What the writer is told when pasted HTML held pictures that were not pasted. */
export function picturesLeftOutNotice(count: number): string {
  const what = count === 1 ? 'A picture in the pasted text was' : `${count} pictures in the pasted text were`;
  return `${what} left out. Add photos with Insert photo, or paste or drop the image file itself.`;
}
