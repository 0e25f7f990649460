import { smsLength } from '@patron/message-text';
import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { LocaleEnum } from '../auth/auth.types.js';
import type { MessageTemplate, TemplateInput } from './message-template.service.js';
import { MessageTemplateInput, MessageTemplateType, TemplatePreviewType } from './message-template.types.js';
import type { Language } from './template-engine.js';
import { TEMPLATES_MANAGE } from './template-permissions.js';

const toType = (t: MessageTemplate): MessageTemplateType => ({
  ...t,
  contents: t.contents.map((c) => ({ ...c, language: c.language.toUpperCase() as LocaleEnum })),
});

const toInput = (input: MessageTemplateInput): TemplateInput => ({
  ...input,
  contents: input.contents.map((c) => ({ ...c, language: c.language.toLowerCase() as Language })),
});

@Resolver(() => MessageTemplateType)
export class MessageTemplateResolver {
  @Allow(TEMPLATES_MANAGE)
  @Query(() => [MessageTemplateType], {
    description: 'The workspace’s message templates by name (at most 1,000).',
  })
  async messageTemplates(
    @Ctx() ctx: AppContext,
    @Arg('channel', () => String, { nullable: true }) channel: string | null,
  ): Promise<MessageTemplateType[]> {
    return (await ctx.services.messageTemplates.list(ctx.workspaceId(), channel)).map(toType);
  }

  @Allow(TEMPLATES_MANAGE)
  @Query(() => MessageTemplateType)
  async messageTemplate(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<MessageTemplateType> {
    return toType(await ctx.services.messageTemplates.get(ctx.workspaceId(), id));
  }

  @Allow(TEMPLATES_MANAGE)
  @Query(() => [String], {
    description: 'The variables a template may use (e.g. customer.first_name, balances.<currency key>).',
  })
  async templateVariables(@Ctx() ctx: AppContext): Promise<string[]> {
    return ctx.services.messageTemplates.variables(ctx.workspaceId());
  }

  @Allow(TEMPLATES_MANAGE)
  @Mutation(() => MessageTemplateType, {
    description: 'Refused with the place of every syntax error, unknown variable or forbidden tag.',
  })
  async createMessageTemplate(
    @Ctx() ctx: AppContext,
    @Arg('input') input: MessageTemplateInput,
  ): Promise<MessageTemplateType> {
    return toType(await ctx.services.messageTemplates.create(ctx.workspaceId(), toInput(input)));
  }

  @Allow(TEMPLATES_MANAGE)
  @Mutation(() => MessageTemplateType, { description: 'Replaces the name, channel and every language.' })
  async updateMessageTemplate(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: MessageTemplateInput,
  ): Promise<MessageTemplateType> {
    return toType(await ctx.services.messageTemplates.update(ctx.workspaceId(), id, toInput(input)));
  }

  @Allow(TEMPLATES_MANAGE)
  @Mutation(() => ID)
  async deleteMessageTemplate(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.messageTemplates.delete(ctx.workspaceId(), id);
  }

  @Allow(TEMPLATES_MANAGE)
  @Query(() => TemplatePreviewType, {
    description:
      'A saved template (`templateId`) or an unsaved one (`draft`, checked like a save) rendered for a customer, ' +
      'in `language` when the template has it, else the customer’s. The unsubscribe link is a placeholder.',
  })
  async previewTemplate(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('templateId', () => ID, { nullable: true }) templateId: string | null,
    @Arg('draft', () => MessageTemplateInput, { nullable: true }) draft: MessageTemplateInput | null,
    @Arg('language', () => LocaleEnum, { nullable: true }) language: LocaleEnum | null,
  ): Promise<TemplatePreviewType> {
    const { channel, result } = await ctx.services.messageTemplates.preview(
      ctx.workspaceId(),
      { templateId, draft: draft ? toInput(draft) : null },
      customerId,
      (language?.toLowerCase() as Language | undefined) ?? null,
    );
    if ('code' in result)
      return {
        language: null,
        subject: null,
        text: null,
        html: null,
        smsLength: null,
        problem: {
          code: result.code,
          variable: 'variable' in result.params ? result.params.variable : null,
          message: 'message' in result.params ? result.params.message : null,
        },
      };
    return {
      language: result.language.toUpperCase() as LocaleEnum,
      subject: result.subject,
      text: result.text,
      html: result.html,
      smsLength: channel === 'SMS' ? smsLength(result.text) : null,
      problem: null,
    };
  }
}
