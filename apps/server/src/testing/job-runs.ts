import type { GraphQLClient } from '@patron/testkit';

/** A run as the Jobs screen lists it: which job, its state and its progress. */
export interface ListedRun {
  job: string;
  state: string;
  progress: { done: number; total: number } | null;
}

/** The workspace's runs the Jobs screen lists for this staff member (of one state, if given). */
export async function listedRuns(client: GraphQLClient, state?: string): Promise<ListedRun[]> {
  const data = await client.requestOk(
    'query($state: JobRunState) { jobs(first: 50, state: $state) { edges { node { job state progress { done total } } } } }',
    { state: state ?? null },
  );
  return data.jobs.edges.map((e: { node: ListedRun }) => e.node);
}
