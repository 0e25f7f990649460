import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';

@ObjectType('Role', { description: 'A role of the workspace: a name and the permissions its staff hold.' })
export class RoleType {
  @Field({ description: 'Upper-case key, e.g. MANAGER; what Staff.role holds.' }) key!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => [String], { description: 'ADMIN always lists every permission.' }) permissions!: string[];
  @Field({ description: 'One of the four roles every workspace starts with (not deletable).' })
  shipped!: boolean;
  @Field({ description: 'False for ADMIN, which holds every permission.' }) editable!: boolean;
  @Field(() => Int, { description: 'Staff members holding it, active or not.' }) staffCount!: number;
}

@ObjectType('RoleName', { description: 'A role as any staff member sees it, e.g. to share a segment with.' })
export class RoleNameType {
  @Field() key!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType('Permission', { description: 'Something a role may allow, declared by a module.' })
export class PermissionType {
  @Field({ description: 'e.g. customers.read' }) name!: string;
  @Field({ description: 'What it allows, in English.' }) description!: string;
  @Field({ description: 'The module that declares it, e.g. customers or ledger.' }) module!: string;
}

@InputType()
export class RoleInput {
  @Field(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => [String]) permissions!: string[];
}

@InputType()
export class CreateRoleInput extends RoleInput {
  @Field({ description: '2 to 40 of A–Z, 0–9 and _, starting with a letter; fixed once created.' })
  key!: string;
}
