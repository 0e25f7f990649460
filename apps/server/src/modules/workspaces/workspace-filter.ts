/**
 * The one place workspace scoping happens: every business entity carries this filter, and each
 * request's EntityManager is given its workspace id. A query without the parameter fails loudly
 * instead of reading across workspaces.
 */
export const workspaceFilter = {
  workspace: {
    name: 'workspace',
    cond: (args: Record<string, unknown>) => ({ workspaceId: args.workspaceId as string }),
    default: true,
  },
};
