import { thAssessments } from '../../i18n/th-assessments.js';
import './assessments.css';

/** Says, wherever a sample instrument's text appears, that it is not the department's official text. */
export function SampleBadge({ isSample }: { isSample: boolean }) {
  if (!isSample) return null;
  return (
    <span className="as-sample" data-testid="sample-badge" title={thAssessments.sampleNote}>
      {thAssessments.sample}
    </span>
  );
}
