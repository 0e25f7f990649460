import { Stack } from '@mui/material';
import { useMemo } from 'react';
import { TextInput } from 'react-admin';
import { nameInSomeLanguage } from './nameInSomeLanguage';

/**
 * `name.en`, `name.ru` and `name.fa` of a currency or a tier, at most 40 characters each (as the
 * server keeps them); a name is needed in at least one language, said with `missing`.
 */
export function LocalizedNameInputs({ labels, missing }: { labels: string; missing: string }) {
  const someName = useMemo(() => nameInSomeLanguage(missing), [missing]);
  return (
    <Stack direction="row" columnGap={2} flexWrap="wrap">
      <TextInput
        source="name.en"
        label={`${labels}.en`}
        validate={someName}
        slotProps={{ htmlInput: { maxLength: 40 } }}
      />
      <TextInput source="name.ru" label={`${labels}.ru`} slotProps={{ htmlInput: { maxLength: 40 } }} />
      <TextInput
        source="name.fa"
        label={`${labels}.fa`}
        slotProps={{ htmlInput: { dir: 'rtl', maxLength: 40 } }}
      />
    </Stack>
  );
}
