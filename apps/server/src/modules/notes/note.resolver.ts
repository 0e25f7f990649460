import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { personOf } from '../api-keys/person-only.js';
import { P } from '../auth/core-permissions.js';
import type { Note, NoteWriter } from './note.service.js';
import { AddNoteInput, EditNoteInput, MentionableStaffType, NoteConnection, NoteType } from './note.types.js';
import { mentionsIn } from './note-body.js';
import { NOTES_WRITE } from './note-permissions.js';

const MAX_PAGE = 100;

/** The signed-in person writing a note (an API key has no name to sign a note with). */
function writer(ctx: AppContext): NoteWriter {
  const me = personOf(ctx);
  return { id: me.id, name: me.name, isAdmin: me.role === 'ADMIN' };
}

/** Notes with their mentions named as the staff directory names them now. */
async function toTypes(ctx: AppContext, notes: Note[]): Promise<NoteType[]> {
  const names = await ctx.services.notes.staffNames(ctx.workspaceId(), [
    ...new Set(notes.flatMap((n) => n.mentions)),
  ]);
  return notes.map((n) => {
    const written = new Map(mentionsIn(n.body).map((m) => [m.staffId, m.name]));
    return {
      ...n,
      mentions: n.mentions.map((staffId) => ({
        staffId,
        name: names.get(staffId) ?? written.get(staffId) ?? '',
      })),
    };
  });
}

@Resolver(() => NoteType)
export class NoteResolver {
  @Allow(P.customersRead)
  @Query(() => NoteConnection, { description: "A customer's notes: pinned first, then newest first." })
  async customerNotes(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<NoteConnection> {
    if (first < 1 || first > MAX_PAGE) throw badField(['first'], 'PAGE_SIZE', { max: MAX_PAGE });
    const notes = ctx.services.notes;
    const page = await notes.page(ctx.workspaceId(), customerId, { first, after });
    const nodes = await toTypes(ctx, page.notes);
    const edges = page.notes.map((n, i) => ({ cursor: notes.cursor(n), node: nodes[i] as NoteType }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(P.customersRead)
  @Query(() => [MentionableStaffType], {
    description:
      'Active staff of the workspace whose name or email contains `search`: whom a note can mention.',
  })
  async mentionableStaff(
    @Ctx() ctx: AppContext,
    @Arg('search', { defaultValue: '' }) search: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): Promise<MentionableStaffType[]> {
    if (first < 1 || first > MAX_PAGE) throw badField(['first'], 'PAGE_SIZE', { max: MAX_PAGE });
    if (search.length > 100) throw badField(['search'], 'TOO_LONG', { max: 100 });
    return ctx.services.notes.mentionable(ctx.workspaceId(), search, first);
  }

  @Allow(NOTES_WRITE)
  @Mutation(() => NoteType, { description: 'Each staff member the body mentions gets a bell.' })
  async addNote(@Ctx() ctx: AppContext, @Arg('input') input: AddNoteInput): Promise<NoteType> {
    const note = await ctx.services.notes.add(ctx.workspaceId(), writer(ctx), ctx.actor(), input);
    return (await toTypes(ctx, [note]))[0] as NoteType;
  }

  @Allow(NOTES_WRITE)
  @Mutation(() => NoteType, {
    description: 'Only by its author (NOTE_EDIT_NOT_AUTHOR); only people newly mentioned get a bell.',
  })
  async editNote(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: EditNoteInput,
  ): Promise<NoteType> {
    const note = await ctx.services.notes.edit(ctx.workspaceId(), writer(ctx), ctx.actor(), id, input);
    return (await toTypes(ctx, [note]))[0] as NoteType;
  }

  @Allow(NOTES_WRITE)
  @Mutation(() => ID, {
    description: 'By its author, or by an admin (kept in the audit log); NOTE_DELETE_NOT_AUTHOR otherwise.',
  })
  async deleteNote(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.notes.delete(ctx.workspaceId(), writer(ctx), ctx.actor(), id);
  }

  @Allow(NOTES_WRITE)
  @Mutation(() => NoteType, { description: 'Pinned notes come first on the card.' })
  async pinNote(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('pinned') pinned: boolean,
  ): Promise<NoteType> {
    const note = await ctx.services.notes.pin(ctx.workspaceId(), id, pinned);
    return (await toTypes(ctx, [note]))[0] as NoteType;
  }
}
