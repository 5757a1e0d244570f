// A category's rubric as the letter prints it: items indented under their parent, the points of
// each, and the stated total on the last line.
import type { Rubric } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { points } from './labels.js';
import { depthOf } from './rubric-model.js';

export function RubricTable({ rubric, caption }: { rubric: Rubric; caption: string }) {
  const t = thAwards.rubric;
  return (
    <div className="table-wrap">
      <table className="table aw-rubric" data-testid="rubric">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col" className="aw-num">
              {t.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {rubric.criteria.map((c) => (
            <tr key={c.code} data-testid="rubric-row" className={c.isLeaf ? undefined : 'aw-rubric__parent'}>
              <td style={{ paddingLeft: `${0.9 + depthOf(c, rubric.criteria) * 1.5}rem` }}>
                <span className="aw-code">{c.code}</span> {c.labelTh}
              </td>
              <td className="aw-num">{points(c.maxPoints)}</td>
            </tr>
          ))}
          <tr className="aw-rubric__total">
            <th scope="row">{t.total}</th>
            <td className="aw-num">{points(rubric.statedTotal)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
