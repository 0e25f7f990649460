/**
 * Passes on the embedded PostgreSQL's lines worth reading (problems, where it runs, a new cluster);
 * its routine ones (initdb steps, checkpoints) are noise.
 */
export function quietPostgresLog(log: (message: string) => void): (line: string) => void {
  return (line) => {
    if (/ERROR|FATAL|PANIC|PostgreSQL \S+ is ready|Creating PostgreSQL|kept in/.test(line)) log(line);
  };
}
