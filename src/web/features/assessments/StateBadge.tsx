import type { ForumStatus, PlanStatus, ReportDeadline } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { thaiDate } from '../savings/dates.js';
import './assessments.css';

/** Coloured badges that always carry their Thai word. */
export function ForumBadge({ status }: { status: ForumStatus }) {
  return <span className={`as-badge as-badge--forum-${status}`}>{thAssessments.forumStatus[status]}</span>;
}

export function PlanBadge({ status }: { status: PlanStatus }) {
  return <span className={`as-badge as-badge--plan-${status}`}>{thAssessments.planStatus[status]}</span>;
}

export function ReportBadge({ report }: { report: ReportDeadline }) {
  if (report.state === 'not_due') return <span className="muted">{thAssessments.reportState.not_due}</span>;
  return (
    <span className="as-report">
      <span className={`as-badge as-badge--report-${report.state}`} data-state={report.state}>
        {thAssessments.reportState[report.state]}
      </span>
      {report.dueOn && <span className="muted">{thAssessments.dueOn(thaiDate(report.dueOn, 'short'))}</span>}
    </span>
  );
}
