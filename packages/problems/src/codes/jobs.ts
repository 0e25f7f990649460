import { problem } from '../problem.js';

/** Background jobs on the Jobs screen: cancelling and retrying runs. */
export const jobProblems = {
  JOB_RUN_NOT_FOUND: problem('NOT_FOUND', 'Job run not found'),
  JOB_RUN_GLOBAL: problem(
    'FORBIDDEN',
    'This run serves every workspace; only the operator of the server can change it',
  ),
  JOB_RUN_NOT_CANCELLABLE: problem('CONFLICT', 'Only a waiting or running job can be cancelled'),
  JOB_RUN_NOT_RETRYABLE: problem('CONFLICT', 'Only a failed or cancelled job can be run again'),
  JOB_RUN_ALREADY_WAITING: problem('CONFLICT', 'A run of this job is already waiting'),
} as const;
