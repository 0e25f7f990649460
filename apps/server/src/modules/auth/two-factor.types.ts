import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class TwoFactorStatus {
  @Field() enabled!: boolean;
  @Field(() => Date, { nullable: true }) enabledAt!: Date | null;
  @Field(() => Int, { description: 'Recovery codes not used yet.' }) recoveryCodesLeft!: number;
}

@ObjectType({ description: 'Shown once: the secret is kept only sealed with PATRON_SECRET_KEY.' })
export class TwoFactorEnrolment {
  @Field({ description: 'Base32, for typing into an authenticator app.' }) secret!: string;
  @Field({ description: 'otpauth://totp/… (RFC 6238: SHA-1, 6 digits, 30 s).' }) uri!: string;
  @Field({ description: 'The URI as a QR code: an SVG data: URL.' }) qr!: string;
}
