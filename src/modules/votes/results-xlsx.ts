// The results as an Excel workbook for the province's announcement: one sheet of votes per category
// and candidate, one of turnout per category. Headers are Thai; turnout is a percentage cell.
import ExcelJS from 'exceljs';
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { bangkokDay } from './election-window.js';
import type { TResults } from './votes.schemas.js';

const BANGKOK_MS = 7 * 3600 * 1000;

function header(ws: ExcelJS.Worksheet, cells: string[]) {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
}

function asOfText(iso: string): string {
  const d = new Date(iso);
  const time = new Date(d.getTime() + BANGKOK_MS).toISOString().slice(11, 16);
  return `${formatThaiDate(bangkokDay(d) as CivilDate)} เวลา ${time} น.`;
}

export async function resultsXlsx(r: TResults): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';
  const status = r.final ? 'ผลการลงคะแนน (ปิดการลงคะแนนแล้ว)' : 'ผลการลงคะแนนระหว่างเปิดลงคะแนน (ยังไม่สิ้นสุด)';

  const votes = wb.addWorksheet('ผลการลงคะแนน');
  votes.addRow([r.title]).font = { bold: true, size: 14 };
  votes.addRow([`${r.organiserTh} — ${status} ณ ${asOfText(r.asOf)}`]);
  votes.addRow([]);
  header(votes, ['ด้าน', 'อันดับ', 'ชื่อ - สกุล', 'ตำแหน่ง', 'สังกัด', 'คะแนน', 'หมายเหตุ']);
  for (const c of r.categories) {
    for (const row of c.rows) {
      const id = row.candidate.personId;
      const note = c.winnerIds.includes(id)
        ? 'ได้รับการคัดเลือก'
        : c.tied && c.leaderIds.includes(id) && c.winnerIds.length === 0
          ? 'คะแนนเท่ากัน'
          : '';
      votes.addRow([
        c.nameTh,
        row.rank,
        row.candidate.fullName,
        row.candidate.positionTh ?? '',
        row.candidate.officeTh,
        row.votes,
        note,
      ]);
    }
    const total = votes.addRow([c.nameTh, '', 'รวม', '', '', c.ballots, '']);
    total.font = { bold: true };
    if (c.decisionNote) votes.addRow([c.nameTh, '', 'การตัดสินกรณีคะแนนเท่ากัน', '', '', '', c.decisionNote]);
  }
  votes.columns.forEach((col, i) => (col.width = [18, 8, 30, 28, 36, 10, 30][i]));

  const turnout = wb.addWorksheet('ผู้มาใช้สิทธิ์');
  header(turnout, ['ด้าน', 'ผู้มีสิทธิ์', 'ลงคะแนนแล้ว', 'ร้อยละ']);
  for (const c of r.categories) {
    const row = turnout.addRow([c.nameTh, r.rollSize, c.voted, c.turnout]);
    row.getCell(4).numFmt = '0.0%';
  }
  turnout.columns.forEach((col, i) => (col.width = i === 0 ? 22 : 14));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
