// One copy as an editable Word file laid out per ระเบียบงานสารบรรณ: A4, margins left 3 cm, right
// 2 cm, top 2.5 cm, bottom 2 cm, TH Sarabun New 16 pt. Thai is a complex script, so Word sizes and
// fonts it from w:cs/w:szCs: every run sets both explicitly rather than trusting style inheritance.
// Positions use indents and tab stops, not text boxes, so the officer can still edit it in Word.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { TLetterDocument } from './letters.schemas.js';

const FONT = 'TH Sarabun New';
const SIZE = 32; // half-points = 16 pt
const cm = (n: number) => Math.round(n * 567); // twips

const run = (text: string, opts: { bold?: boolean } = {}) =>
  new TextRun({
    text,
    bold: opts.bold ?? false,
    boldComplexScript: opts.bold ?? false,
    size: SIZE,
    sizeComplexScript: SIZE,
    font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
  });
const tab = () =>
  new TextRun({
    children: [new Tab()],
    size: SIZE,
    sizeComplexScript: SIZE,
    font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
  });

const para = (children: ParagraphChild[], opts: Omit<IParagraphOptions, 'children'> = {}) =>
  new Paragraph({ ...opts, children });

/** "เรื่อง<tab>text" with the wrapped lines hanging under the text, not under the label. */
function labelled(label: string, text: string, at: number): Paragraph {
  return para([run(label), tab(), run(text)], {
    indent: { left: at, hanging: at },
    tabStops: [{ type: TabStopType.LEFT, position: at }],
    spacing: { before: 120 },
  });
}

const RIGHT_COLUMN = cm(9.5); // where the office block starts (top right)
const DATE_AT = cm(7.5); // the date begins right of centre
const SIGNATURE = { left: cm(6) }; // centred between this and the right margin

export async function letterDocx(d: TLetterDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  if (d.urgency) children.push(para([run(d.urgency, { bold: true })]));
  // The Garuda emblem (ครุฑ, 3 cm high) is not available offline; its space is kept empty, centred,
  // so the officer can insert it in Word or print on pre-printed letterhead.
  children.push(para([], { spacing: { before: cm(3) } }));
  const [firstOffice, ...restOffice] = [d.officeName, ...d.officeAddress];
  children.push(
    para([run(`ที่ ${d.number}`), tab(), run(firstOffice ?? '')], {
      tabStops: [{ type: TabStopType.LEFT, position: RIGHT_COLUMN }],
    }),
  );
  for (const line of restOffice) children.push(para([run(line)], { indent: { left: RIGHT_COLUMN } }));
  children.push(para([run(d.date)], { indent: { left: DATE_AT }, spacing: { before: 240 } }));
  children.push(labelled('เรื่อง', d.subject, cm(1.3)));
  children.push(labelled('เรียน', d.salutation, cm(1.3)));
  if (d.reference) children.push(labelled('อ้างถึง', d.reference, cm(1.6)));
  d.enclosures.forEach((e, i) => {
    const item = d.enclosures.length > 1 ? `${i + 1}. ${e.description}` : e.description;
    children.push(
      para([run(i === 0 ? 'สิ่งที่ส่งมาด้วย' : ''), tab(), run(item), tab(), run(`จำนวน ${e.quantity}`)], {
        indent: { left: cm(3.2), hanging: cm(3.2) },
        tabStops: [
          { type: TabStopType.LEFT, position: cm(3.2) },
          { type: TabStopType.LEFT, position: cm(11.5) },
        ],
        spacing: { before: i === 0 ? 120 : 0 },
      }),
    );
  });
  d.body.forEach((p, i) =>
    children.push(para([run(p)], { indent: { firstLine: cm(2.5) }, spacing: { before: i === 0 ? 240 : 120 } })),
  );
  const signature = (text: string, before = 0) =>
    para([run(text)], { alignment: AlignmentType.CENTER, indent: SIGNATURE, spacing: { before } });
  children.push(signature(d.closing, 240));
  children.push(signature(`(${d.signerName})`, 3 * 480)); // room for the signature
  for (const line of d.signerPosition) children.push(signature(line));
  children.push(para([], { spacing: { before: 480 } }));
  for (const line of d.ownerUnit) children.push(para([run(line)]));
  children.push(para([run(`โทร. ${d.phone}`)]));
  if (d.email) children.push(para([run(`อีเมล ${d.email}`)]));

  const doc = new Document({
    creator: 'Chumchon',
    title: d.subject,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: SIZE, sizeComplexScript: SIZE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { left: cm(3), right: cm(2), top: cm(2.5), bottom: cm(2) },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
