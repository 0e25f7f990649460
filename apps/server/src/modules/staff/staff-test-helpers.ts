import { GraphQLClient } from '@patron/testkit';
import type { TestServer, TestWorkspace } from '../../testing/harness.js';

export const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id role mustChangePassword permissions } }';
export const CREATE_STAFF =
  'mutation($i: CreateStaffInput!) { createStaff(input: $i) { id email role active mustChangePassword } }';
export const CHANGE_MY_PASSWORD =
  'mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { id mustChangePassword } }';

let counter = 0;

/**
 * A new staff member of `role` created by the workspace's admin, signed in and past their temporary
 * password: the client is ready to use, as that person would be.
 */
export async function newMember(
  server: TestServer,
  ws: TestWorkspace,
  role: string,
): Promise<{ id: string; email: string; client: GraphQLClient; password: string }> {
  const email = `member-${process.pid}-${++counter}@test.patron`;
  const temporary = 'temporary-pass-1';
  const password = 'my-own-password-1';
  const { createStaff } = await ws.as.ADMIN.requestOk(CREATE_STAFF, {
    i: { email, name: `Member ${counter}`, role, password: temporary },
  });
  const client = new GraphQLClient(server.graphqlUrl);
  await client.requestOk(LOGIN, { e: email, p: temporary });
  await client.requestOk(CHANGE_MY_PASSWORD, { i: { currentPassword: temporary, newPassword: password } });
  return { id: createStaff.id, email, client, password };
}

/** The newest audit events of the workspace, as its admin reads them. */
export async function auditTypes(
  ws: TestWorkspace,
  first = 20,
): Promise<{ type: string; subject: string }[]> {
  const { auditEvents } = await ws.as.ADMIN.requestOk(
    'query($f: Int!) { auditEvents(first: $f) { edges { node { type subject actor { name } details } } } }',
    { f: first },
  );
  return auditEvents.edges.map((e: { node: { type: string; subject: string } }) => e.node);
}
