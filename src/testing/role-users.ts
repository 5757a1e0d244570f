// One login per role (`role.<role>`, the demo password), each over a unit where it has work: the
// department, ลำปาง, อำเภอเมืองลำปาง, or for a group officer the given group.
import { thaiIdFor } from '../db/seed/demo-ids.js';
import { DEMO_PASSWORD } from '../db/seed/demo.js';
import { ROLE_NAMES, type Role } from '../modules/access/index.js';
import { createUserAccount } from '../modules/auth/index.js';
import { DEPARTMENT_ID } from '../modules/org/index.js';
import { insertPerson } from '../modules/people/index.js';
import type { TestApp, TestClient } from './test-app.js';

export const ROLE_UNIT: Record<Role, string> = {
  hq_admin: DEPARTMENT_ID,
  province_admin: '52',
  province_staff: '52',
  fund_officer: '52',
  district_head: '5201',
  district_staff: '5201',
  group_officer: '520101',
  committee_judge: '52',
  voter: '52',
};

/** Creates the users and returns a logged-in client per role. */
export async function roleClients(t: TestApp, groupId: string): Promise<Map<Role, TestClient>> {
  await t.database.db.transaction().execute(async (trx) => {
    for (const [i, role] of ROLE_NAMES.entries()) {
      const { id: personId } = await insertPerson(
        trx,
        { actorUserId: null },
        {
          title: 'นาย',
          firstName: 'ทดสอบสิทธิ์',
          lastName: role,
          thaiId: thaiIdFor(7700 + i),
          positionCode: null,
          orgUnitId: ROLE_UNIT[role],
          phone: null,
          email: null,
          networks: [],
        },
      );
      await createUserAccount(trx, {
        personId,
        username: `role.${role}`,
        password: DEMO_PASSWORD,
        roles: [{ role, orgUnitId: ROLE_UNIT[role], groupId: role === 'group_officer' ? groupId : null }],
        actorUserId: null,
      });
    }
  });
  const clients = new Map<Role, TestClient>();
  for (const role of ROLE_NAMES) clients.set(role, await t.as(`role.${role}`));
  return clients;
}
