import { maskThaiId } from '../../kernel/thai-id.js';
import type { PersonRow } from './people.repository.js';
import type { TPerson, TPersonSummary } from './people.schemas.js';

export function toPersonSummary(r: PersonRow): TPersonSummary {
  return {
    id: r.id,
    title: r.title,
    firstName: r.first_name,
    lastName: r.last_name,
    fullName: `${r.title}${r.first_name} ${r.last_name}`,
    positionCode: r.position_code,
    positionNameTh: r.position_name_th,
    orgUnitId: r.org_unit_id,
    orgUnitNameTh: r.org_unit_name_th,
    orgUnitKind: r.org_unit_kind,
    thaiIdMasked: r.thai_id ? maskThaiId(r.thai_id) : null,
    networks: r.networks ?? [],
  };
}

export function toPerson(r: PersonRow): TPerson {
  return {
    ...toPersonSummary(r),
    thaiId: r.thai_id,
    phone: r.phone,
    email: r.email,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The audited view of a person: what changed, without presentation fields. */
export function auditView(r: PersonRow) {
  return {
    title: r.title,
    firstName: r.first_name,
    lastName: r.last_name,
    thaiId: r.thai_id,
    positionCode: r.position_code,
    orgUnitId: r.org_unit_id,
    phone: r.phone,
    email: r.email,
    networks: r.networks ?? [],
    version: r.version,
  };
}
