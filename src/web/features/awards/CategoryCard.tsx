// One category of a call in plain Thai: who may be nominated (positions and networks by name from
// the reference lists), the quota, the clean-record condition, the dossier's sections and the rubric.
import type { Category } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Card } from '../../ui/Page.js';
import { useReference } from '../people/reference.js';
import { RubricTable } from './RubricTable.js';

export function CategoryCard({ category: k }: { category: Category }) {
  const t = thAwards.eligibility;
  const ref = useReference().data;
  const position = (code: string) => ref?.positions.find((p) => p.code === code)?.nameTh ?? code;
  const network = (code: string) => ref?.networks.find((n) => n.code === code)?.abbrTh ?? code;
  const fields = k.form.sections.flatMap((s) => s.fields);
  const clean = k.cleanRecord && fields.find((f) => f.key === k.cleanRecord?.fieldKey);
  const cleanAnswer = clean?.options?.find((o) => o.value === k.cleanRecord?.cleanValue)?.labelTh;
  return (
    <Card title={k.nameTh} className="aw-category">
      <div data-testid={`category-${k.code}`}>
        <h3 className="aw-subtitle">{t.title}</h3>
        <ul className="aw-rules" data-testid="eligibility">
          <li>{thAwards.kind[k.kind]}</li>
          {k.staffPositions.length > 0 && <li>{t.staff(k.staffPositions.map(position).join(t.or))}</li>}
          {k.partnerNetworks.length > 0 && <li>{t.partner(k.partnerNetworks.map(network).join(', '))}</li>}
          {clean && cleanAnswer && <li>{t.clean(clean.labelTh, cleanAnswer)}</li>}
          <li>{t.quota(k.quotaPerUnit)}</li>
          <li>{t.winners(k.winners)}</li>
          <li>
            {t.honour}: {k.honourTh}
          </li>
        </ul>
        <h3 className="aw-subtitle">{t.form}</h3>
        <ul className="aw-rules">
          {k.form.sections.map((s) => (
            <li key={s.key}>{s.titleTh}</li>
          ))}
        </ul>
        <h3 className="aw-subtitle">{thAwards.rubric.title}</h3>
        {k.rubric ? (
          <RubricTable rubric={k.rubric} caption={`${thAwards.rubric.title} ${k.nameTh}`} />
        ) : (
          <p className="muted">{thAwards.rubric.missing}</p>
        )}
      </div>
    </Card>
  );
}
