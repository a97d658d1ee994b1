// Large .docx files for the memory measurements: one huge paragraph (the case
// that used to peak near 1 GB for 10 MB of text), or the same text as many
// ordinary paragraphs.
import { Document, Packer, Paragraph, TextRun } from 'docx';

const SENTENCE = 'The council met again on Tuesday and the vote was close. ';

export async function bigParagraphDocx(chars: number, paragraphs = 1): Promise<Uint8Array> {
  const text = SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
  const size = Math.ceil(text.length / paragraphs);
  const body = Array.from({ length: paragraphs }, (_, i) => new Paragraph({ children: [new TextRun(text.slice(i * size, (i + 1) * size))] }));
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: 'A long day' }), ...body] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
