// The program's target groups in the viewer's scope: why each was chosen, where its forum and plan
// stand, and its report to the province against the deadline.
import type { Target } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { Link } from '../../router.js';
import { Table } from '../../ui/Table.js';
import { ForumBadge, PlanBadge, ReportBadge } from './StateBadge.js';

export function TargetsTable({ programId, targets }: { programId: string; targets: Target[] }) {
  const t = thAssessments.program;
  return (
    <Table<Target>
      caption={t.targets}
      captionHidden
      cards
      rows={targets}
      rowKey={(x) => x.groupId}
      rowTestId="target-row"
      empty={t.noTargets}
      columns={[
        {
          key: 'group',
          header: t.group,
          cell: (x) => (
            <Link to={`/assessments/${programId}/forums/${x.groupId}`} data-testid="target-link">
              {x.groupNameTh}
            </Link>
          ),
        },
        { key: 'area', header: t.area, cell: (x) => `${x.district.nameTh}, ${x.province.nameTh}` },
        { key: 'reason', header: t.reason, cell: (x) => `${x.rank}. ${x.reasonTh}` },
        { key: 'forum', header: t.forum, cell: (x) => <ForumBadge status={x.forumStatus} /> },
        { key: 'plan', header: t.plan, cell: (x) => <PlanBadge status={x.planStatus} /> },
        { key: 'report', header: t.report, cell: (x) => <ReportBadge report={x.report} /> },
      ]}
    />
  );
}
