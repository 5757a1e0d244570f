// Report requests: a province or district office asks the offices under it for a report by a
// deadline, collects their submissions and tracks completeness (the DHIS2 pattern).
export type { RequestsTables } from './requests.tables.js';
export { requestsRoutes } from './routes.js';
export {
  ZAreaCompleteness,
  ZFormField,
  ZReportRequest,
  ZSubmission,
  type TFormField,
  type TReportRequest,
} from './requests.schemas.js';
export { reportCompleteness, type AreaCompleteness, type RequestCompleteness } from './report-completeness.js';
export { submittedCounts, type SubmittedCount } from './submitted-counts.js';
export { linkableRequest } from './kpi-linkable-request.js';
// The typed form model, reused by the awards module's dossier forms.
export { checkFormDefinition } from './form-definition.js';
export { checkAnswers, type Answers } from './form-answers.js';
// Another module sending a request and filling in a unit's report inside its own transaction.
export { createRequestIn } from './create-request.js';
export { submitReportIn } from './submit-report.js';
export { requestSubmissions, unitSubmission } from './unit-submission.js';
export type { TCreateRequest } from './requests.schemas.js';
export { storeFieldFile } from './store-field-file.js';
