// Top level: decides between the login screen and the signed-in app, provides the session,
// reference data and current org unit, and maps the URL to a page.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, errorMessageTh, setUnauthorizedHandler } from './api/client.js';
import type { Me, Permission } from './api/types.js';
import { SessionContext, type Session } from './features/auth/session.js';
import { CurrentUnitProvider } from './features/org/current-unit.js';
import { ReferenceProvider } from './features/people/reference.js';
import { th } from './i18n/th.js';
import { match, navigate, useLocation } from './router.js';
import { AreaOverviewPage } from './routes/AreaOverviewPage.js';
import { AssessmentForumPage } from './routes/AssessmentForumPage.js';
import { AssessmentInstrumentPage } from './routes/AssessmentInstrumentPage.js';
import { AssessmentInstrumentsPage } from './routes/AssessmentInstrumentsPage.js';
import { AssessmentProgramNewPage } from './routes/AssessmentProgramNewPage.js';
import { AssessmentProgramPage } from './routes/AssessmentProgramPage.js';
import { AssessmentsPage } from './routes/AssessmentsPage.js';
import { AwardCallPage } from './routes/AwardCallPage.js';
import { AwardResultsPage } from './routes/AwardResultsPage.js';
import { AwardsPage } from './routes/AwardsPage.js';
import { BallotPage } from './routes/BallotPage.js';
import { DossierPage } from './routes/DossierPage.js';
import { ElectionEditPage } from './routes/ElectionEditPage.js';
import { ElectionPage } from './routes/ElectionPage.js';
import { ElectionsPage } from './routes/ElectionsPage.js';
import { FundCollectionPage } from './routes/FundCollectionPage.js';
import { FundDepositsPage } from './routes/FundDepositsPage.js';
import { FundHouseholdPage } from './routes/FundHouseholdPage.js';
import { FundParticipantsPage } from './routes/FundParticipantsPage.js';
import { FundPlanNewPage } from './routes/FundPlanNewPage.js';
import { FundPlanPage } from './routes/FundPlanPage.js';
import { FundPlansPage } from './routes/FundPlansPage.js';
import { FundProposalsPage } from './routes/FundProposalsPage.js';
import { FundStatementPage } from './routes/FundStatementPage.js';
import { FundPage } from './routes/FundPage.js';
import { FundsPage } from './routes/FundsPage.js';
import { GroupPage } from './routes/GroupPage.js';
import { GroupsPage } from './routes/GroupsPage.js';
import { InboxPage } from './routes/InboxPage.js';
import { JudgingPage } from './routes/JudgingPage.js';
import { LetterBooksPage } from './routes/LetterBooksPage.js';
import { LetterComposePage } from './routes/LetterComposePage.js';
import { LetterCopyPage } from './routes/LetterCopyPage.js';
import { LetterPage } from './routes/LetterPage.js';
import { LettersPage } from './routes/LettersPage.js';
import { HomePage } from './routes/HomePage.js';
import { LoginPage } from './routes/LoginPage.js';
import { MeetingDayPage } from './routes/MeetingDayPage.js';
import { MemberPage } from './routes/MemberPage.js';
import { MyBallotPage } from './routes/MyBallotPage.js';
import { NominatePage } from './routes/NominatePage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { OrgPage } from './routes/OrgPage.js';
import { PasswordPage } from './routes/PasswordPage.js';
import { PasswordRequiredPage } from './routes/PasswordRequiredPage.js';
import { PeoplePage } from './routes/PeoplePage.js';
import { PersonPage } from './routes/PersonPage.js';
import { PlanPage } from './routes/PlanPage.js';
import { ProjectEditPage } from './routes/ProjectEditPage.js';
import { ProjectPage } from './routes/ProjectPage.js';
import { ProjectsPage } from './routes/ProjectsPage.js';
import { ReceiptPage } from './routes/ReceiptPage.js';
import { RegisterGroupPage } from './routes/RegisterGroupPage.js';
import { RequestEditPage } from './routes/RequestEditPage.js';
import { RequestNewPage } from './routes/RequestNewPage.js';
import { RequestPage } from './routes/RequestPage.js';
import { RequestsPage } from './routes/RequestsPage.js';
import { ScoreSheetPage } from './routes/ScoreSheetPage.js';
import { RequestSubmissionPage } from './routes/RequestSubmissionPage.js';
import { UsersPage } from './routes/UsersPage.js';
import { PassbookPage } from './routes/PassbookPage.js';
import { VerifyCertificatePage } from './routes/VerifyCertificatePage.js';
import { AppShell } from './shell.js';
import { Alert, ToastProvider } from './ui/Alert.js';
import { Button } from './ui/Button.js';
import { Spinner } from './ui/Page.js';

type State =
  | { status: 'loading' }
  | { status: 'anon'; notice: string | null }
  | { status: 'authed'; me: Me }
  | { status: 'failed'; message: string };

/** Pages anyone may open without logging in: the QR code on a printed certificate leads here. */
function publicPage(path: string): ReactNode {
  // A ballot slip's QR code: the code is the key (votes module).
  const ballot = match('/v/:code', path);
  if (ballot?.code) return <BallotPage key={ballot.code} code={ballot.code} />;
  if (path === '/verify') return <VerifyCertificatePage />;
  // A member's passbook QR: the token and the member's own citizen ID open it (passbook module).
  const passbook = match('/passbook/:token', path);
  if (passbook?.token) return <PassbookPage key={passbook.token} token={passbook.token} />;
  const verify = match('/verify/:code', path);
  return verify?.code ? <VerifyCertificatePage key={verify.code} code={verify.code} /> : null;
}

export function App() {
  const { path } = useLocation();
  return publicPage(path) ?? <SessionGate />;
}

function SessionGate() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.me().then(
      (me) => live && setState({ status: 'authed', me }),
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && err.status === 401) setState({ status: 'anon', notice: null });
        else setState({ status: 'failed', message: errorMessageTh(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    setUnauthorizedHandler(() => setState({ status: 'anon', notice: th.errors.sessionExpired }));
    return () => setUnauthorizedHandler(null);
  }, []);

  const onLoggedIn = useCallback((me: Me) => {
    setState({ status: 'authed', me });
  }, []);

  switch (state.status) {
    case 'loading':
      return (
        <main className="centered" id="main">
          <Spinner />
        </main>
      );
    case 'failed':
      return (
        <main className="centered" id="main">
          <Alert
            tone="error"
            title={th.errors.startupFailed}
            actions={<Button onClick={() => setAttempt((n) => n + 1)}>{th.common.retry}</Button>}
          >
            {state.message}
          </Alert>
        </main>
      );
    case 'anon':
      return <LoginPage onLoggedIn={onLoggedIn} notice={state.notice} />;
    case 'authed':
      return (
        <SignedIn
          key={state.me.id}
          me={state.me}
          setMe={(me) => setState({ status: 'authed', me })}
          onLoggedOut={() => setState({ status: 'anon', notice: null })}
        />
      );
  }
}

function SignedIn({ me, setMe, onLoggedOut }: { me: Me; setMe: (me: Me) => void; onLoggedOut: () => void }) {
  const session = useMemo<Session>(
    () => ({
      me,
      can: (p: Permission) => me.permissions.includes(p),
      refresh: async () => setMe(await api.me()),
      logout: async () => {
        try {
          await api.logout();
        } catch {
          // The session may already be gone; either way we are logged out here.
        }
        navigate('/', { replace: true });
        onLoggedOut();
      },
    }),
    [me, setMe, onLoggedOut],
  );
  if (me.mustChangePassword) {
    return (
      <SessionContext.Provider value={session}>
        <ToastProvider>
          <PasswordRequiredPage />
        </ToastProvider>
      </SessionContext.Provider>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <ReferenceProvider>
        <CurrentUnitProvider userId={me.id}>
          <ToastProvider>
            <AppShell>
              <Routes can={session.can} />
            </AppShell>
          </ToastProvider>
        </CurrentUnitProvider>
      </ReferenceProvider>
    </SessionContext.Provider>
  );
}

function Routes({ can }: { can: (p: Permission) => boolean }) {
  const { path } = useLocation();
  const guard = (permission: Permission, page: ReactNode) =>
    can(permission) ? page : <NotFoundPage message={th.common.noPermission} />;

  if (path === '/' || path === '/login') return <HomePage />;
  if (path === '/people') return guard('people:read', <PeoplePage />);
  if (path === '/people/new') return guard('people:write', <PersonPage />);
  const person = match('/people/:id', path);
  if (person?.id) return guard('people:read', <PersonPage key={person.id} id={person.id} />);
  if (path === '/org') return guard('org:read', <OrgPage />);
  const org = match('/org/:id', path);
  if (org?.id) return guard('org:read', <OrgPage key={org.id} id={org.id} />);
  if (path === '/users') return guard('users:manage', <UsersPage />);
  if (path === '/groups') return guard('savings:read', <GroupsPage />);
  if (path === '/groups/new') return guard('savings:manage', <RegisterGroupPage />);
  if (path === '/groups/overview') return guard('savings:read', <AreaOverviewPage />);
  const day = match('/groups/:id/meeting-day', path);
  if (day?.id) return guard('savings:post', <MeetingDayPage key={day.id} id={day.id} />);
  const receipt = match('/groups/:id/receipts/:batch', path);
  if (receipt?.id && /^\d+$/.test(receipt.batch ?? '')) {
    const batch = Number(receipt.batch);
    return guard('savings:read', <ReceiptPage key={`${receipt.id}:${batch}`} groupId={receipt.id} batchNo={batch} />);
  }
  const member = match('/groups/:id/members/:no', path);
  if (member?.id && /^\d+$/.test(member.no ?? '')) {
    const no = Number(member.no);
    return guard('savings:read', <MemberPage key={`${member.id}:${no}`} groupId={member.id} memberNo={no} />);
  }
  const group = match('/groups/:id', path);
  if (group?.id) return guard('savings:read', <GroupPage key={group.id} id={group.id} />);
  if (path === '/projects') return guard('programs:read', <ProjectsPage />);
  if (path === '/projects/new') return guard('programs:manage', <ProjectEditPage />);
  const projectEdit = match('/projects/:id/edit', path);
  if (projectEdit?.id) return guard('programs:manage', <ProjectEditPage key={projectEdit.id} id={projectEdit.id} />);
  const project = match('/projects/:id', path);
  if (project?.id) return guard('programs:read', <ProjectPage key={project.id} id={project.id} />);
  const plan = match('/plans/:id', path);
  if (plan?.id) return guard('programs:read', <PlanPage key={plan.id} id={plan.id} />);
  if (path === '/requests') return guard('programs:read', <RequestsPage />);
  if (path === '/requests/new') return guard('programs:manage', <RequestNewPage />);
  const submission = match('/requests/submissions/:id', path);
  if (submission?.id) return guard('programs:read', <RequestSubmissionPage key={submission.id} id={submission.id} />);
  const requestEdit = match('/requests/:id/edit', path);
  if (requestEdit?.id) return guard('programs:manage', <RequestEditPage key={requestEdit.id} id={requestEdit.id} />);
  const reportRequest = match('/requests/:id', path);
  if (reportRequest?.id) return guard('programs:read', <RequestPage key={reportRequest.id} id={reportRequest.id} />);
  if (path === '/letters') return guard('programs:read', <LettersPage />);
  if (path === '/letters/inbox') return guard('programs:read', <InboxPage />);
  if (path === '/letters/new') return guard('programs:manage', <LetterComposePage />);
  if (path === '/letters/books') return guard('programs:manage', <LetterBooksPage />);
  const letterCopy = match('/letters/copies/:id', path);
  if (letterCopy?.id) return guard('programs:read', <LetterCopyPage key={letterCopy.id} id={letterCopy.id} />);
  const letterEdit = match('/letters/:id/edit', path);
  if (letterEdit?.id) return guard('programs:manage', <LetterComposePage key={letterEdit.id} id={letterEdit.id} />);
  const letter = match('/letters/:id', path);
  if (letter?.id) return guard('programs:read', <LetterPage key={letter.id} id={letter.id} />);
  if (path === '/assessments') return guard('programs:read', <AssessmentsPage />);
  if (path === '/assessments/new') return guard('programs:manage', <AssessmentProgramNewPage />);
  if (path === '/assessments/instruments') return guard('programs:read', <AssessmentInstrumentsPage />);
  const instrument = match('/assessments/instruments/:id', path);
  if (instrument?.id)
    return guard('programs:read', <AssessmentInstrumentPage key={instrument.id} id={instrument.id} />);
  const assessmentForum = match('/assessments/:id/forums/:groupId', path);
  if (assessmentForum?.id && assessmentForum.groupId) {
    return guard(
      'programs:read',
      <AssessmentForumPage
        key={`${assessmentForum.id}:${assessmentForum.groupId}`}
        programId={assessmentForum.id}
        groupId={assessmentForum.groupId}
      />,
    );
  }
  const assessmentProgram = match('/assessments/:id', path);
  if (assessmentProgram?.id)
    return guard('programs:read', <AssessmentProgramPage key={assessmentProgram.id} id={assessmentProgram.id} />);
  if (path === '/votes') return <ElectionsPage />;
  if (path === '/votes/new') return guard('programs:manage', <ElectionEditPage />);
  const myBallot = match('/votes/:id/ballot', path);
  if (myBallot?.id) return <MyBallotPage key={myBallot.id} id={myBallot.id} />;
  const electionEdit = match('/votes/:id/edit', path);
  if (electionEdit?.id)
    return guard('programs:manage', <ElectionEditPage key={electionEdit.id} id={electionEdit.id} />);
  const election = match('/votes/:id', path);
  if (election?.id) return guard('programs:read', <ElectionPage key={election.id} id={election.id} />);
  // Awards: no permission guard, since committee members from outside the office hold none; the
  // API decides what each viewer sees (membership, organiser, nominating office).
  if (path === '/awards') return <AwardsPage />;
  const dossier = match('/awards/nominations/:id', path);
  if (dossier?.id) return <DossierPage key={dossier.id} id={dossier.id} />;
  const sheet = match('/awards/:id/judging/:nomination', path);
  if (sheet?.id && sheet.nomination)
    return <ScoreSheetPage key={sheet.nomination} callId={sheet.id} nominationId={sheet.nomination} />;
  const judging = match('/awards/:id/judging', path);
  if (judging?.id) return <JudgingPage key={judging.id} id={judging.id} />;
  const awardResults = match('/awards/:id/results', path);
  if (awardResults?.id) return <AwardResultsPage key={awardResults.id} id={awardResults.id} />;
  const nominate = match('/awards/:id/nominate', path);
  if (nominate?.id) return guard('programs:respond', <NominatePage key={nominate.id} id={nominate.id} />);
  const award = match('/awards/:id', path);
  if (award?.id) return <AwardCallPage key={award.id} id={award.id} />;
  if (path === '/fund') return guard('fund:read', <FundsPage />);
  const fundCollection = match('/fund/:id/collections/new', path);
  if (fundCollection?.id)
    return guard('fund:manage', <FundCollectionPage key={fundCollection.id} id={fundCollection.id} />);
  const deposits = match('/fund/:id/deposits', path);
  if (deposits?.id) return guard('fund:manage', <FundDepositsPage key={deposits.id} id={deposits.id} />);
  const participants = match('/fund/:id/participants', path);
  if (participants?.id) return guard('fund:read', <FundParticipantsPage key={participants.id} id={participants.id} />);
  const statement = match('/fund/:id/participants/:no', path);
  if (statement?.id && /^\d+$/.test(statement.no ?? ''))
    return guard(
      'fund:read',
      <FundStatementPage
        key={`${statement.id}:${statement.no}`}
        id={statement.id}
        participantNo={Number(statement.no)}
      />,
    );
  const fundPlans = match('/fund/:id/plans', path);
  if (fundPlans?.id) return guard('fund:read', <FundPlansPage key={fundPlans.id} id={fundPlans.id} />);
  const newPlan = match('/fund/:id/plans/new', path);
  if (newPlan?.id) return guard('fund:manage', <FundPlanNewPage key={newPlan.id} id={newPlan.id} />);
  const fundPlan = match('/fund/:id/plans/:planId', path);
  if (fundPlan?.id && fundPlan.planId)
    return guard('fund:read', <FundPlanPage key={fundPlan.planId} fundId={fundPlan.id} planId={fundPlan.planId} />);
  const fundProposals = match('/fund/:id/proposals', path);
  if (fundProposals?.id) return guard('fund:read', <FundProposalsPage key={fundProposals.id} id={fundProposals.id} />);
  const newHousehold = match('/fund/:id/households/new', path);
  if (newHousehold?.id)
    return guard('fund:survey', <FundHouseholdPage key={`${newHousehold.id}:new`} fundId={newHousehold.id} />);
  const household = match('/fund/:id/households/:householdId', path);
  if (household?.id && household.householdId)
    return guard(
      'fund:read',
      <FundHouseholdPage key={household.householdId} fundId={household.id} householdId={household.householdId} />,
    );
  const fund = match('/fund/:id', path);
  if (fund?.id) return guard('fund:read', <FundPage key={fund.id} id={fund.id} />);
  if (path === '/password') return <PasswordPage />;
  return <NotFoundPage />;
}
