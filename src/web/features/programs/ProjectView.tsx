// The project in the reading layout of the paper form: header lines, then numbered sections in Thai digits.
import type { ReactNode } from 'react';
import type { Project } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { baht } from '../savings/money.js';
import { kpiSourceText } from './kpi-labels.js';
import { longDate, thaiNumber } from './labels.js';

function Section({ no, title, children }: { no: number; title: string; children: ReactNode }) {
  return (
    <section className="pg-doc__section">
      <h3>
        {thaiNumber(no)}. {title}
      </h3>
      {children}
    </section>
  );
}

const Numbered = ({ section, items }: { section: number; items: string[] }) => (
  <ol className="pg-doc__list">
    {items.map((item, i) => (
      <li key={i}>
        <span className="pg-doc__no">{thaiNumber(`${section}.${i + 1}`)}</span> {item}
      </li>
    ))}
  </ol>
);

const Paragraphs = ({ text }: { text: string }) => (
  <>
    {text
      .split(/\n+/)
      .filter((p) => p.trim())
      .map((p, i) => (
        <p key={i} className="pg-doc__para">
          {p}
        </p>
      ))}
  </>
);

export function ProjectView({ p, tagNames }: { p: Project; tagNames: string[] }) {
  const v = thPrograms.view;
  const f = thPrograms.form;
  const quantity = p.indicators.filter((k) => k.kind === 'quantitative');
  const quality = p.indicators.filter((k) => k.kind === 'qualitative');
  return (
    <article className="card pg-doc" data-testid="project-document">
      <header className="pg-doc__head">
        <p>
          <b>{v.number}</b> :{' '}
          <span data-testid="project-number">{p.registerNumber ? thaiNumber(p.registerNumber) : v.noNumber}</span>
        </p>
        <p>
          <b>{f.titleTh}</b> : “{p.titleTh}”
        </p>
        <p>
          <b>{v.unit}</b> : {p.responsibleUnitTh}
        </p>
        <p>
          <b>{v.fiscalYear}</b> : {thaiNumber(p.fiscalYear)}
        </p>
        {tagNames.length > 0 && (
          <p>
            <b>{f.tags}</b> : {tagNames.join(', ')}
          </p>
        )}
      </header>
      <Section no={1} title="หลักการและเหตุผล">
        <Paragraphs text={p.rationale} />
      </Section>
      <Section no={2} title="วัตถุประสงค์">
        <Numbered section={2} items={p.objectives} />
      </Section>
      <Section no={3} title="วิธีดำเนินการ">
        <Numbered section={3} items={p.methods} />
      </Section>
      <Section no={4} title="ระยะเวลาดำเนินการ">
        <p className="pg-doc__para">{v.period(longDate(p.startsOn), longDate(p.endsOn))}</p>
      </Section>
      <Section no={5} title="กลุ่มเป้าหมาย">
        <Paragraphs text={p.targetGroup} />
      </Section>
      <Section no={6} title="สถานที่ดำเนินการ">
        <Paragraphs text={p.location} />
      </Section>
      <Section no={7} title="งบประมาณ">
        <p className="pg-doc__para">
          {p.budgetSatang === null ? f.noBudget : v.budgetWords(thaiNumber(baht(p.budgetSatang)), p.budgetText ?? '')}
        </p>
        {p.budgetSource && (
          <p className="pg-doc__para">
            {v.source} {p.budgetSource}
          </p>
        )}
      </Section>
      <Section no={8} title="ผลที่คาดว่าจะได้รับ">
        <Numbered section={8} items={p.expectedResults} />
      </Section>
      <Section no={9} title="ตัวชี้วัด">
        {quantity.length > 0 && <h4>{f.quantitative}</h4>}
        <ul className="pg-doc__list">
          {quantity.map((k) => (
            <li key={k.id}>
              {k.textTh} {v.target(thaiNumber(k.target ?? 0), k.unit ?? '')}
              {k.actual && (
                <span className="pg-actual" data-testid="indicator-actual">
                  {' '}
                  · {v.actual(thaiNumber(k.actual.value), longDate(k.actual.asOf))} ({kpiSourceText(k)})
                </span>
              )}
            </li>
          ))}
        </ul>
        {quality.length > 0 && <h4>{f.qualitative}</h4>}
        <ul className="pg-doc__list">
          {quality.map((k) => (
            <li key={k.id}>{k.textTh}</li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
