// The application code a benchmark measures, loaded from a source root at run time: this checkout
// normally, a worktree of an earlier commit for a baseline run (`--baseline`). Benchmarks import the
// app only through here (types may be imported statically: they vanish at run time), so the same
// benchmark module measures either commit's code. The data generator (bench/generate) always comes
// from this checkout: baseline and current runs load identical data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './git.js';

type DatabaseModule = typeof import('../../src/db/database.js');
type PrepareModule = typeof import('../../src/db/prepare.js');
type DemoModule = typeof import('../../src/db/seed/demo.js');
type DatesModule = typeof import('../../src/kernel/dates.js');
type AuthModule = typeof import('../../src/modules/auth/index.js');
type MeetingsModule = typeof import('../../src/modules/meetings/index.js');
type YearEndModule = typeof import('../../src/modules/year-end/index.js');
type ReportsModule = typeof import('../../src/modules/reports/index.js');
type TrendsModule = typeof import('../../src/modules/reports/trends.js');
type CampaignProgressModule = typeof import('../../src/modules/campaigns/campaign-progress.js');
type CreateAdminModule = typeof import('../../src/cli/create-admin.js');

export interface App {
  /** Source root: REPO_ROOT, or a baseline worktree. */
  root: string;
  database: DatabaseModule;
  prepare: PrepareModule;
  demo: DemoModule;
  dates: DatesModule;
  auth: AuthModule;
  meetings: MeetingsModule;
  yearEnd: YearEndModule;
  reports: ReportsModule;
  /** Not exported from reports/index.ts; imported by path (see the report's "missing hooks"). */
  trends: TrendsModule;
  /** Not exported from campaigns/index.ts; imported by path. */
  campaignProgress: CampaignProgressModule;
  createAdmin: CreateAdminModule;
  /** reports/dashboard.ts where the commit has it (the dashboard use case, being added). */
  dashboard: Record<string, unknown> | undefined;
}

/** The source root under test: BENCH_APP_ROOT (set by the runner for baseline runs) or this checkout. */
export const APP_ROOT = process.env.BENCH_APP_ROOT || REPO_ROOT;

function from(root: string) {
  return <T>(rel: string): Promise<T> => import(pathToFileURL(join(root, 'src', rel)).href) as Promise<T>;
}

let loaded: App | undefined;

export async function loadApp(root: string = APP_ROOT): Promise<App> {
  if (loaded && loaded.root === root) return loaded;
  const load = from(root);
  loaded = {
    root,
    database: await load<DatabaseModule>('db/database.js'),
    prepare: await load<PrepareModule>('db/prepare.js'),
    demo: await load<DemoModule>('db/seed/demo.js'),
    dates: await load<DatesModule>('kernel/dates.js'),
    auth: await load<AuthModule>('modules/auth/index.js'),
    meetings: await load<MeetingsModule>('modules/meetings/index.js'),
    yearEnd: await load<YearEndModule>('modules/year-end/index.js'),
    reports: await load<ReportsModule>('modules/reports/index.js'),
    trends: await load<TrendsModule>('modules/reports/trends.js'),
    campaignProgress: await load<CampaignProgressModule>('modules/campaigns/campaign-progress.js'),
    createAdmin: await load<CreateAdminModule>('cli/create-admin.js'),
    dashboard: existsSync(join(root, 'src/modules/reports/dashboard.ts'))
      ? await load<Record<string, unknown>>('modules/reports/dashboard.js')
      : undefined,
  };
  return loaded;
}
