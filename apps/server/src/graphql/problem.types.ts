import { PROBLEM_CODES, PROBLEMS, type ProblemCode } from '@patron/problems';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from './json.js';

/** Every refusal code, documented in the schema so partner apps can branch on them. */
export const ProblemCodeEnum = Object.fromEntries(PROBLEM_CODES.map((code) => [code, code])) as {
  [C in ProblemCode]: C;
};

registerEnumType(ProblemCodeEnum, {
  name: 'ProblemCode',
  description:
    'Why something was refused, as errors carry it in extensions.problem.code (and extensions.fields[].problem.code). Each value says its category and its English message; {name} marks a parameter in extensions.problem.params. See docs/api.md.',
  valuesConfig: Object.fromEntries(
    PROBLEM_CODES.map((code) => [
      code,
      { description: `${PROBLEMS[code].category}: ${PROBLEMS[code].message}` },
    ]),
  ),
});

@ObjectType('Problem', { description: 'A refusal or a reason, by stable code with its parameters.' })
export class ProblemType {
  @Field(() => ProblemCodeEnum) code!: ProblemCode;
  @Field(() => JSONScalar, { description: 'The values of the placeholders of the code’s message.' })
  params!: Record<string, string | number>;
}
