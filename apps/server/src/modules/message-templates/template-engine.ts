import { type FieldProblem, fieldProblem } from '@patron/problems';
import { Liquid, LiquidError, type Template } from 'liquidjs';
import { isKnownVariable, type VariableRoot } from './template-variables.js';

export const LANGUAGES = ['en', 'ru', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Part = 'subject' | 'text' | 'html';

/** Tags that read other templates: a message is self-contained, and there is no file system to read. */
const FORBIDDEN_TAGS = ['include', 'render', 'layout'];
const FORBIDDEN = /^tag "(include|render|layout)" not found/;

/**
 * LiquidJS in a safe setup: no templates to include, unknown filters are syntax errors, only a
 * value's own properties are readable (no `constructor`, no prototype), and every render is bounded
 * in time and memory. `strictVariables` + `lenientIf` make a variable without a value an error,
 * except under `if` and as the input of `default`: that is how a message is never sent half-filled.
 */
function engine(escapeHtml: boolean): Liquid {
  const liquid = new Liquid({
    templates: {},
    strictFilters: true,
    strictVariables: true,
    lenientIf: true,
    ownPropertyOnly: true,
    // Values written into HTML are escaped: a customer named <script> stays text.
    outputEscape: escapeHtml ? 'escape' : undefined,
    parseLimit: 300_000,
    renderLimit: 500,
    memoryLimit: 20_000_000,
  });
  for (const tag of FORBIDDEN_TAGS) delete liquid.tags[tag];
  return liquid;
}

const plain = engine(false);
const html = engine(true);
const engineFor = (part: Part) => (part === 'html' ? html : plain);

/** A part ready to render, with the variable path at each place it reads one (to name what is missing). */
export interface CompiledPart {
  part: Part;
  template: Template[];
  roots: Set<VariableRoot>;
  pathAt: Map<string, string>;
}

const position = (error: LiquidError): { line: number; column: number } => {
  const [line, column] = error.token?.getPosition?.() ?? [1, 1];
  return { line: line ?? 1, column: column ?? 1 };
};

/**
 * Parses one part and checks every variable it reads; a problem names the field (`path`), the
 * language and part, and the line and column.
 */
export function compilePart(
  source: string,
  where: { path: (string | number)[]; language: Language; part: Part },
  currencyKeys: ReadonlySet<string>,
): { compiled: CompiledPart } | { problem: FieldProblem } {
  const { path, language, part } = where;
  let template: Template[];
  try {
    template = engineFor(part).parse(source);
  } catch (error) {
    if (!(error instanceof LiquidError)) throw error;
    const message = (error.originalError?.message ?? error.message).replace(/, line:\d+, col:\d+$/, '');
    const tag = FORBIDDEN.exec(message)?.[1];
    const at = { language, part, ...position(error) };
    return {
      problem: tag
        ? fieldProblem(path, 'TEMPLATE_TAG_FORBIDDEN', { tag, ...at })
        : fieldProblem(path, 'TEMPLATE_SYNTAX', { message, ...at }),
    };
  }
  const roots = new Set<VariableRoot>();
  const pathAt = new Map<string, string>();
  const analysis = engineFor(part).analyzeSync(template, { partials: false });
  for (const uses of Object.values(analysis.globals)) {
    for (const variable of uses) {
      const name = variable.toString();
      if (!isKnownVariable(variable.segments, currencyKeys))
        return {
          problem: fieldProblem(path, 'TEMPLATE_VARIABLE_UNKNOWN', {
            variable: name,
            language,
            part,
            line: variable.location.row,
            column: variable.location.col,
          }),
        };
      roots.add(variable.segments[0] as VariableRoot);
      pathAt.set(`${variable.location.row}:${variable.location.col}`, name);
    }
  }
  return { compiled: { part, template, roots, pathAt } };
}

export type PartOutcome =
  | { ok: true; value: string }
  | { ok: false; code: string; variable?: string; message?: string };

/** Renders one part for one customer; a variable without a value is named by its full path. */
export function renderPart(compiled: CompiledPart, scope: Record<string, unknown>): PartOutcome {
  try {
    return { ok: true, value: engineFor(compiled.part).renderSync(compiled.template, scope) };
  } catch (error) {
    if (error instanceof LiquidError && error.name === 'UndefinedVariableError') {
      const { line, column } = position(error);
      const inner = error.originalError as { variableName?: string } | undefined;
      const variable = compiled.pathAt.get(`${line}:${column}`) ?? inner?.variableName ?? '';
      return { ok: false, code: 'TEMPLATE_VARIABLE_MISSING', variable };
    }
    if (error instanceof LiquidError)
      return {
        ok: false,
        code: 'TEMPLATE_RENDER_FAILED',
        message: error.originalError?.message ?? error.message,
      };
    throw error;
  }
}
