import { Field, InputType } from 'type-graphql';

@InputType({ description: "A browser's push subscription, as PushSubscription.toJSON() gives it." })
export class MyPushSubscriptionInput {
  @Field({ description: "The push service's https address for this browser." }) endpoint!: string;
  @Field({ description: "The browser's P-256 public key (keys.p256dh), base64url." }) p256dh!: string;
  @Field({ description: 'The 16-byte authentication secret (keys.auth), base64url.' }) auth!: string;
}
