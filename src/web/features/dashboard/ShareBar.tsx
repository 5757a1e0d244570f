// A single horizontal bar split into parts (arrears by age, groups by level). Plain HTML so it
// stretches to any width; the parts are also listed in a table next to it, so the bar itself is
// one labelled image for screen readers.
import { th } from '../../i18n/th.js';

export interface Part {
  key: string;
  label: string;
  value: number;
  /** The value as shown in the label ("1,520.00 บาท", "3 กลุ่ม"). */
  text: string;
}

const pct = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 1 });

export function ShareBar({ label, parts, tone }: { label: string; parts: Part[]; tone: 'severity' | 'levels' }) {
  const total = parts.reduce((s, p) => s + p.value, 0);
  if (total <= 0) return null;
  const share = (v: number) => pct.format((v / total) * 100);
  const summary = parts.map((p) => th.dashboard.bar(p.label, p.text, share(p.value))).join(', ');
  return (
    <div className="share-bar" role="img" aria-label={`${label}: ${summary}`}>
      {parts.map((p, i) =>
        p.value > 0 ? (
          <span
            key={p.key}
            className={`share-bar__part share--${tone}-${i}`}
            style={{ flexGrow: p.value }}
            title={th.dashboard.bar(p.label, p.text, share(p.value))}
          />
        ) : null,
      )}
    </div>
  );
}

/** The colour key beside a table row, matching the bar part. */
export function Swatch({ index, tone }: { index: number; tone: 'severity' | 'levels' }) {
  return <span className={`share-swatch share--${tone}-${index}`} aria-hidden="true" />;
}
