import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../graphql/localized-text.js';

export enum LocaleEnum {
  EN = 'EN',
  RU = 'RU',
  FA = 'FA',
}
registerEnumType(LocaleEnum, { name: 'Locale' });

export enum CalendarSystemEnum {
  GREGORIAN = 'GREGORIAN',
  JALALI = 'JALALI',
}
registerEnumType(CalendarSystemEnum, { name: 'CalendarSystem' });

@ObjectType('Workspace')
export class WorkspaceType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Staff')
export class StaffType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field({
    description:
      "The key of one of the workspace's roles: ADMIN, MANAGER, OPERATOR, ANALYST or a custom one.",
  })
  role!: string;
  @Field(() => LocalizedText, { description: 'The name of the role.' }) roleName!: LocalizedText;
  @Field({ description: 'False once deactivated: cannot sign in, sessions ended.' }) active!: boolean;
  @Field({
    description: 'Signed in with a temporary password: may only call me, logout and changeMyPassword.',
  })
  mustChangePassword!: boolean;
  @Field({ description: 'Signs in with a code from an authenticator app after the password.' })
  twoFactorEnabled!: boolean;
  @Field({
    description:
      'Their role requires two-factor sign-in (workspace settings) and it is off: until they set it up, everything else is refused with TWO_FACTOR_SETUP_REQUIRED.',
  })
  twoFactorSetupRequired!: boolean;
  @Field() createdAt!: Date;
  @Field(() => LocaleEnum) locale!: LocaleEnum;
  @Field(() => CalendarSystemEnum) calendar!: CalendarSystemEnum;
  @Field(() => WorkspaceType) workspace!: WorkspaceType;
  @Field(() => [String], { description: 'Permission names this staff member holds, e.g. customers.read' })
  permissions!: string[];
  @Field(() => [ListColumn], {
    nullable: true,
    description: "The customer table's columns chosen by this staff member, in order; null until chosen.",
  })
  customerColumns!: ListColumn[] | null;
}

@ObjectType()
export class ListColumn {
  @Field() key!: string;
  @Field(() => Int, { nullable: true, description: 'Pixels; null means automatic.' }) width!: number | null;
}

@InputType()
export class ListColumnInput {
  @Field() key!: string;
  @Field(() => Int, { nullable: true }) width?: number | null;
}

@InputType()
export class UpdatePreferencesInput {
  @Field(() => LocaleEnum, { nullable: true }) locale?: LocaleEnum | null;
  @Field(() => CalendarSystemEnum, { nullable: true }) calendar?: CalendarSystemEnum | null;
}
