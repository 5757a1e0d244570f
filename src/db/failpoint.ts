// Fault injection for crash tests: with CHUMCHON_FAILPOINT=<name> set, the process kills itself
// (SIGKILL: no cleanup, no rollback from our side) when it reaches that named point. Off unless the
// variable is set; nothing else reads it.
export function failpoint(name: string): void {
  if (process.env.CHUMCHON_FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}
