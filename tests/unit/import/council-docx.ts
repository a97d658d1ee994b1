// A small Word document built with the `docx` package: Title, byline, a link,
// a heading, a bulleted list, a Quote-style paragraph and a captioned image.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

// A 1×1 PNG.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export async function councilDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } },
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { size: 18 } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Council backs "riverside" housing plan', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'By Jane Doe' }),
          new Paragraph({
            children: [
              new TextRun('The council voted '),
              new TextRun({ text: '7-2', bold: true }),
              new TextRun(' on Tuesday -- see '),
              new ExternalHyperlink({ link: 'https://example.com/vote', children: [new TextRun('the minutes')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'What the plan includes', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '400 new homes', bullet: { level: 0 } }),
          new Paragraph({ text: 'A riverside park', bullet: { level: 0 } }),
          new Paragraph({ text: 'Mayor Ana Ruiz said:' }),
          new Paragraph({ text: 'This is the biggest investment in housing the city has made in a generation.', style: 'Quote' }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PNG,
                transformation: { width: 100, height: 100 },
                altText: { title: 'Site', description: 'The riverside site from the air', name: 'site' },
              }),
            ],
          }),
          new Paragraph({ text: 'The riverside site, seen from the north. Photo: Sam Lee/City Times', style: 'Caption' }),
          new Paragraph({ text: 'Construction starts next spring.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
