// A .docx whose body is one huge paragraph: the case that used to peak near
// 1 GB of memory for 10 MB of text.
import { Document, Packer, Paragraph, TextRun } from 'docx';

export async function bigParagraphDocx(chars: number): Promise<Uint8Array> {
  const sentence = 'The council met again on Tuesday and the vote was close. ';
  const text = sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: 'A long day' }), new Paragraph({ children: [new TextRun(text)] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
