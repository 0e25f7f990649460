/**
 * What an orderly start and stop print and nobody needs to read: a probe answered while the server
 * starts or stops, and the connections a stop ends (the pools are closed first, but a client still
 * connecting at that moment is ended too).
 */
const ROUTINE =
  /the database system is (starting up|shutting down)|terminating connection due to administrator command/;

/**
 * Passes on the embedded PostgreSQL's lines worth reading (problems, where it runs, a new cluster);
 * its routine ones (initdb steps, checkpoints, an orderly start and stop) are noise.
 */
export function quietPostgresLog(log: (message: string) => void): (line: string) => void {
  return (line) => {
    if (ROUTINE.test(line)) return;
    if (/ERROR|FATAL|PANIC|PostgreSQL \S+ is ready|Creating PostgreSQL|kept in|generated password/.test(line))
      log(line);
  };
}
