import { Edit, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { localized } from '../i18n/localized';
import { TierForm } from './TierForm';

/** "Tier «Gold»" in the language of the screen (the key is for machines). */
function TierTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <>{translate('patron.tiers.editTitle', { name: localized(record.name, locale, String(record.key)) })}</>
  );
}

export function TierEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" title={<TierTitle />}>
      <TierForm creating={false} />
    </Edit>
  );
}
