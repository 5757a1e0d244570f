// The dossier's attachments behind the requests feature's FileAnswer, and the names person fields
// need (the nomination DTO names only its nominees; other ids keep a neutral label so a re-save
// does not drop them).
import { awardsApi } from '../../api/awards.js';
import type { Nomination } from '../../api/awards-types.js';
import type { UnitRef } from '../../api/requests-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import type { FileStore } from '../requests/FileAnswer.js';

export const nominationFiles = (id: string): FileStore => ({
  attach: (field, file) => awardsApi.attach(id, field, file),
  remove: (fileId) => awardsApi.removeFile(id, fileId),
  url: (fileId, inline) => awardsApi.fileUrl(id, fileId, inline),
});

export function dossierPeople(n: Nomination): UnitRef[] {
  const known: UnitRef[] = n.nominees.map((x) => ({ id: x.person.id, nameTh: x.person.fullName }));
  for (const f of n.form.sections.flatMap((s) => s.fields)) {
    const v = n.answers[f.key];
    if (f.type === 'person' && typeof v === 'string' && !known.some((p) => p.id === v)) {
      known.push({ id: v, nameTh: thAwards.dossier.personOnFile });
    }
  }
  return known;
}
