import { Allow, SIGNED_IN } from '@patron/sdk';
import { Ctx, Float, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { personOf } from '../api-keys/person-only.js';

@Resolver()
export class FilesResolver {
  /**
   * For the admin to refuse a file before sending it, and to say how large one may be. Staff only:
   * POST /files reads the session cookie, so an API key has nothing to upload with.
   */
  @Allow(SIGNED_IN)
  @Query(() => Float, {
    description:
      'The largest file POST /files takes, in bytes (PATRON_UPLOAD_MAX_MB of the server); a larger one is refused with FILE_TOO_LARGE. Staff sessions only (API_KEY_PERSON_ONLY for a key).',
  })
  uploadMaxBytes(@Ctx() ctx: AppContext): number {
    personOf(ctx);
    return ctx.uploadMaxBytes;
  }
}
