/** A GraphQL answer as the tests' client returns it. */
export type Answer = { errors?: { extensions?: Record<string, unknown> }[] };

/** The refusal's code: the first bad field's, else the problem's, else the error's category. */
export function problemOf(answer: Answer): unknown {
  const ext = answer.errors?.[0]?.extensions ?? {};
  const fields = ext.fields as { problem: { code: string } }[] | undefined;
  return fields?.[0]?.problem.code ?? (ext.problem as { code?: string } | undefined)?.code ?? ext.code;
}

/** The refusal's parameters. */
export const paramsOf = (answer: Answer) =>
  (answer.errors?.[0]?.extensions?.problem as { params?: Record<string, unknown> } | undefined)?.params;

/** The path of the field a refusal names. */
export const fieldOf = (answer: Answer) => answer.errors?.[0]?.extensions?.path;
