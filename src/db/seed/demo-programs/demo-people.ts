// Made-up people for the awards and votes demo, in the offices of ฉะเชิงเทรา, สระแก้ว and ระยอง: each
// surname carries "(สาธิต)" as offices.ts does, so no record reads as a real official. Names come
// from fixed lists in a fixed order, so every fresh demo gets the same people; Thai IDs come from
// thaiIdFor with a block of numbers per seeder (demo.ts from 1, savings 20,000, offices 40,000).
import type { Transaction } from 'kysely';
import type { Role } from '../../../modules/access/index.js';
import { createUserAccount } from '../../../modules/auth/index.js';
import { insertPerson } from '../../../modules/people/index.js';
import type { DB } from '../../schema.js';
import { DEMO_PASSWORD, type DemoLogin } from '../demo.js';
import { thaiIdFor } from '../demo-ids.js';

const MEN = [
  'อนันต์',
  'บุญเลิศ',
  'ชาญวิทย์',
  'ธีรพงษ์',
  'ไพโรจน์',
  'ยุทธนา',
  'วัชระ',
  'สมเกียรติ',
  'อำนาจ',
  'เกรียงไกร',
  'ปิยพงษ์',
  'ศุภชัย',
  'นพดล',
  'ธวัชชัย',
  'สุทธิพงษ์',
];
const WOMEN = [
  'อรทัย',
  'กัญญา',
  'ดารุณี',
  'ทิพวรรณ',
  'นันทนา',
  'เบญจวรรณ',
  'พัชรินทร์',
  'มยุรี',
  'รุ่งนภา',
  'ลำดวน',
  'วันเพ็ญ',
  'ศิริลักษณ์',
  'สายสุนีย์',
  'อุไรวรรณ',
  'จิราภรณ์',
  'ณัฐธิดา',
];
const SURNAMES = [
  'สุวรรณรัตน์',
  'ทองมา',
  'ศรีประเสริฐ',
  'พันธุ์ดี',
  'เจริญสุข',
  'รัตนวงศ์',
  'บุญประคอง',
  'แสงอรุณ',
  'ชัยมงคล',
  'วงษ์สวัสดิ์',
  'นาคสวัสดิ์',
  'อินทร์แก้ว',
  'พรหมมา',
  'สีดา',
  'มณีวงศ์',
  'ประทุมทอง',
  'คงสมบูรณ์',
];

export interface DemoName {
  title: string;
  firstName: string;
  lastName: string;
}

/**
 * The n-th made-up name of a seeder (n from 0). Seeders use distinct `offset`s so that their
 * people do not share names; within one seeder no two names repeat for n < 240.
 */
export function demoName(n: number, offset = 0): DemoName {
  const i = n + offset;
  const woman = i % 2 === 1;
  const first = woman ? WOMEN[(i * 7) % WOMEN.length]! : MEN[(i * 7) % MEN.length]!;
  const last = SURNAMES[(i * 5 + Math.floor(i / 16)) % SURNAMES.length]!;
  const title = woman ? (i % 4 === 1 ? 'นาง' : 'นางสาว') : 'นาย';
  return { title, firstName: first, lastName: `${last} (สาธิต)` };
}

/** People and logins for one seeder, written in the caller's transaction and audited as demo-seed. */
export class DemoPeople {
  readonly logins: DemoLogin[] = [];
  private names = 0;

  constructor(
    private readonly trx: Transaction<DB>,
    private readonly idBlock: number,
    private readonly nameOffset: number,
  ) {}

  async person(p: { orgUnitId: string; positionCode: string | null; networks?: string[]; name?: DemoName }) {
    const n = this.names++;
    const row = await insertPerson(
      this.trx,
      { actorUserId: null, requestId: 'demo-seed' },
      {
        ...(p.name ?? demoName(n, this.nameOffset)),
        thaiId: thaiIdFor(this.idBlock + n),
        positionCode: p.positionCode,
        orgUnitId: p.orgUnitId,
        phone: null,
        email: null,
        networks: p.networks ?? [],
      },
    );
    return row.id;
  }

  /** An account; `advertised` ones are printed on start and listed in the README. */
  async login(personId: string, username: string, role: Role, unitId: string, description: string, advertised = true) {
    await createUserAccount(this.trx, {
      personId,
      username,
      password: DEMO_PASSWORD,
      roles: [{ role, orgUnitId: unitId }],
      actorUserId: null,
      requestId: 'demo-seed',
    });
    if (!advertised) return;
    const unit = await this.trx
      .selectFrom('org_unit')
      .select('name_th')
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow();
    this.logins.push({ username, role, unitNameTh: unit.name_th, description });
  }

  /** The person behind an existing login (the seed offices' heads and signers). */
  async personOf(username: string): Promise<string> {
    const row = await this.trx
      .selectFrom('user_account')
      .select('person_id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return row.person_id!;
  }
}
