// The whole-instrument rules zod cannot express. Every problem is reported at once, each on its
// own field path, so a department officer fixing an imported workbook sees them all.
import type { FieldIssue } from '../../kernel/errors.js';
import { LEDGER_SOURCE_TYPE, shapeTh, type TInstrumentInput } from './instrument.schemas.js';

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });

export function checkInstrument(input: TInstrumentInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const dims = input.dimensions.length;
  const inds = input.dimensions.reduce((a, d) => a + d.indicators.length, 0);
  const declared = input.declaredShape;
  if (declared.dimensions !== dims || declared.indicators !== inds) {
    issues.push(
      issue(
        'declaredShape',
        `แบบประเมินระบุไว้ว่ามี ${shapeTh(declared.dimensions, declared.indicators)} แต่เนื้อหามี ${shapeTh(dims, inds)} กรุณาตรวจสอบให้ตรงกัน`,
        `Declared ${declared.dimensions} dimensions and ${declared.indicators} indicators, content has ${dims} and ${inds}`,
      ),
    );
  }
  const dimCodes = new Set<string>();
  const indCodes = new Set<string>();
  input.dimensions.forEach((d, di) => {
    if (dimCodes.has(d.code)) {
      issues.push(issue(`dimensions[${di}].code`, `รหัสด้าน ${d.code} ซ้ำกัน`, `Duplicate dimension code ${d.code}`));
    }
    dimCodes.add(d.code);
    d.indicators.forEach((x, ii) => {
      const path = `dimensions[${di}].indicators[${ii}]`;
      if (indCodes.has(x.code)) {
        issues.push(issue(`${path}.code`, `รหัสตัวชี้วัด ${x.code} ซ้ำกัน`, `Duplicate indicator code ${x.code}`));
      }
      indCodes.add(x.code);
      issues.push(...checkAnswer(x, path));
    });
  });
  issues.push(...checkResultRule(input));
  return issues;
}

function checkAnswer(x: TInstrumentInput['dimensions'][number]['indicators'][number], path: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  const a = x.answer;
  if (a.type === 'level') {
    if (a.passAtLeast > a.maxLevel) {
      out.push(
        issue(
          `${path}.answer.passAtLeast`,
          `ตัวชี้วัด ${x.code}: ระดับที่ผ่านต้องไม่เกินระดับสูงสุด (${a.maxLevel})`,
          'passAtLeast exceeds maxLevel',
        ),
      );
    }
    if (a.levelLabelsTh.length !== 0 && a.levelLabelsTh.length !== a.maxLevel + 1) {
      out.push(
        issue(
          `${path}.answer.levelLabelsTh`,
          `ตัวชี้วัด ${x.code}: คำอธิบายระดับต้องมีครบ ${a.maxLevel + 1} ระดับ (0–${a.maxLevel}) หรือไม่ระบุเลย`,
          'Level labels must cover every level 0…maxLevel or none',
        ),
      );
    }
  }
  if (a.type === 'number') {
    if (a.min === null && a.max === null) {
      out.push(
        issue(
          `${path}.answer`,
          `ตัวชี้วัด ${x.code}: กรุณาระบุเกณฑ์ผ่านอย่างน้อยหนึ่งค่า (ไม่น้อยกว่า หรือ ไม่เกิน)`,
          'A number answer needs a min or a max',
        ),
      );
    } else if (a.min !== null && a.max !== null && a.min > a.max) {
      out.push(issue(`${path}.answer.min`, `ตัวชี้วัด ${x.code}: ค่าต่ำสุดที่ผ่านมากกว่าค่าสูงสุด`, 'min is above max'));
    }
  }
  if (x.ledgerSource && LEDGER_SOURCE_TYPE[x.ledgerSource] !== a.type) {
    out.push(
      issue(
        `${path}.ledgerSource`,
        `ตัวชี้วัด ${x.code}: ข้อมูลจากระบบบัญชีนี้ต้องใช้คำตอบแบบ${LEDGER_SOURCE_TYPE[x.ledgerSource] === 'number' ? 'ตัวเลข' : 'ใช่/ไม่ใช่'}`,
        `Ledger source ${x.ledgerSource} answers ${LEDGER_SOURCE_TYPE[x.ledgerSource]}`,
      ),
    );
  }
  return out;
}

function checkResultRule(input: TInstrumentInput): FieldIssue[] {
  const r = input.result;
  if (r.kind !== 'level') return [];
  const out: FieldIssue[] = [];
  if (r.levels[0]!.minPercent !== 0) {
    out.push(
      issue(
        'result.levels[0].minPercent',
        'ระดับแรกของเกณฑ์ผลการประเมินต้องเริ่มที่ร้อยละ 0 เพื่อให้ทุกผลได้ระดับ',
        'The first level must start at 0 %',
      ),
    );
  }
  r.levels.forEach((l, i) => {
    const prev = r.levels[i - 1];
    if (prev && l.minPercent <= prev.minPercent) {
      out.push(
        issue(
          `result.levels[${i}].minPercent`,
          'เกณฑ์ระดับต้องเรียงจากร้อยละน้อยไปมาก และไม่ซ้ำกัน',
          'Levels must be in strictly increasing minPercent order',
        ),
      );
    }
    if (r.levels.findIndex((x) => x.level === l.level) !== i) {
      out.push(issue(`result.levels[${i}].level`, `ระดับ ${l.level} ซ้ำกัน`, `Duplicate level ${l.level}`));
    }
  });
  return out;
}
