// Fault injection for crash and fault tests. With CHUMCHON_FAILPOINT=<name> set, the process kills
// itself (SIGKILL: no cleanup, no rollback from our side) when it reaches that named point. A test
// running the app in its own process can instead hook the points (onFailpoint) to break the
// transaction they sit in, e.g. by dropping its database connection. Off unless set; nothing else
// reads either.
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

type FailpointHook = (name: string, trx: Kysely<DB>) => Promise<void>;
let hook: FailpointHook | undefined;

/** Tests only: run `h` at every named point, inside the transaction there; undefined to stop. */
export function onFailpoint(h: FailpointHook | undefined): void {
  hook = h;
}

export async function failpoint(name: string, trx: Kysely<DB>): Promise<void> {
  if (process.env.CHUMCHON_FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
  if (hook) await hook(name, trx);
}
