// /groups/new: register a savings group.
import { RegisterGroupForm } from '../features/savings/RegisterGroupForm.js';
import { th } from '../i18n/th.js';
import { Link, navigate } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Page } from '../ui/Page.js';

export function RegisterGroupPage() {
  const toast = useToast();
  return (
    <Page
      title={th.savings.register.title}
      description={th.savings.register.intro}
      before={
        <p className="crumbs">
          <Link to="/groups">‹ {th.savings.groups.backToList}</Link>
        </p>
      }
    >
      <RegisterGroupForm
        onSaved={(g) => {
          toast(th.savings.register.done(g.nameTh));
          navigate(`/groups/${encodeURIComponent(g.id)}`, { replace: true });
        }}
        onCancel={() => navigate('/groups')}
      />
    </Page>
  );
}
