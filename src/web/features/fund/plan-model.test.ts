import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Plan, Proposal } from '../../api/fund-types.js';
import {
  approvedTotal,
  candidates,
  canSubmit,
  checkPlan,
  defaultChain,
  draftItems,
  planOk,
  toPlanInput,
} from './plan-model.js';

const proposal = (status: Proposal['status'], items: { id: string; cost: number; planned?: boolean }[]) =>
  ({
    status,
    district: { id: '5201', nameTh: 'เมืองลำปาง' },
    items: items.map((i) => ({
      id: i.id,
      household: { headName: 'นางคำ', headThaiIdMasked: '3-5201-xxxxx-xx-1' },
      helpKind: 'housing',
      helpTh: 'ซ่อมหลังคา',
      cost: i.cost,
      planned: i.planned ?? false,
    })),
  }) as unknown as Proposal;

test('only accepted proposals’ items not yet in a plan are offered, at the cost proposed', () => {
  const cs = candidates([
    proposal('accepted', [
      { id: 'a', cost: 100_000 },
      { id: 'b', cost: 50_000, planned: true },
    ]),
    proposal('submitted', [{ id: 'c', cost: 70_000 }]),
    proposal('returned', [{ id: 'd', cost: 70_000 }]),
  ]);
  assert.deepEqual(
    cs.map((c) => c.proposalItemId),
    ['a'],
  );
  assert.match(cs[0]!.help, /ซ่อมแซมที่อยู่อาศัย: ซ่อมหลังคา/);
  assert.deepEqual(draftItems(cs), [{ proposalItemId: 'a', include: true, approved: '1,000.00' }]);
});

test('approved amounts: more than proposed, zero or unparsable are refused; the chain needs distinct signers', () => {
  const cs = candidates([
    proposal('accepted', [
      { id: 'a', cost: 100_000 },
      { id: 'b', cost: 80_000 },
    ]),
  ]);
  let items = draftItems(cs);
  items = [
    { ...items[0]!, approved: '1,000.01' },
    { ...items[1]!, approved: '0' },
  ];
  const chain = defaultChain('me');
  chain[2] = { ...chain[2]!, signerUserId: 'me' };
  const e = checkPlan(' ', items, cs, chain);
  assert.ok(e.titleTh);
  assert.match(e.approved.a!, /ไม่เกินที่อำเภอเสนอ \(1,000\.00 บาท\)/);
  assert.match(e.approved.b!, /มากกว่า 0 บาท/);
  assert.ok(e.signers[1], 'the checker is not chosen');
  assert.match(e.chain!, /คนละคน/);
  assert.equal(planOk(e), false);

  items = [
    { ...items[0]!, approved: '900' },
    { ...items[1]!, include: false },
  ];
  chain[1] = { ...chain[1]!, signerUserId: 'checker' };
  chain[2] = { ...chain[2]!, signerUserId: 'head', positionLine: ' พัฒนาการจังหวัดลำปาง ' };
  assert.ok(planOk(checkPlan('แผน', items, cs, chain)));
  assert.equal(approvedTotal(items), 90_000);
  assert.deepEqual(toPlanInput(' แผน ', items, chain), {
    titleTh: 'แผน',
    items: [{ proposalItemId: 'a', approvedCost: 90_000 }],
    chain: [
      { role: 'proposer', signerUserId: 'me', positionLine: '' },
      { role: 'checker', signerUserId: 'checker', positionLine: '' },
      { role: 'approver', signerUserId: 'head', positionLine: 'พัฒนาการจังหวัดลำปาง' },
    ],
  });
  assert.match(
    checkPlan(
      'แผน',
      items.map((i) => ({ ...i, include: false })),
      cs,
      chain,
    ).items!,
    /อย่างน้อย/,
  );
});

test('the proposer alone sends a draft on', () => {
  const plan = { status: 'draft', chain: [{ signer: { userId: 'me' } }] } as unknown as Plan;
  assert.equal(canSubmit(plan, 'me'), true);
  assert.equal(canSubmit(plan, 'other'), false);
  assert.equal(canSubmit({ ...plan, status: 'submitted' }, 'me'), false);
});
