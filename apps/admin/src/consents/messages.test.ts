import { describe, expect, it } from 'vitest';
import { ConsentCaptureChannel, ConsentKind, ConsentState, VerificationStatus } from '../gql/graphql';
import { en } from './messages';
import { fa } from './messages.fa';
import { ru } from './messages.ru';

const consentMessages = { en, ru, fa };

const ENUMS: [string, Record<string, string>][] = [
  ['kinds', ConsentKind],
  ['states', ConsentState],
  ['channels', ConsentCaptureChannel],
  ['verificationStatus', VerificationStatus],
];

describe('consent texts', () => {
  for (const locale of ['en', 'ru', 'fa'] as const)
    for (const [key, values] of ENUMS)
      it(`${locale} names every ${key} value of the schema`, () => {
        const words = (
          consentMessages[locale].patron.consents as unknown as Record<string, Record<string, string>>
        )[key];
        expect(Object.values(values).filter((v) => !words?.[v])).toEqual([]);
      });
});
