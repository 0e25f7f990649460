import { useQuery } from '@apollo/client/react';
import { useLocale } from 'react-admin';
import { localized } from '../i18n/localized';
import { RoleNamesQuery } from './documents';

/** The workspace's roles as choices ({ id: key, name in the UI language }), for any signed-in staff member. */
export function useRoleChoices(): { id: string; name: string }[] {
  const locale = useLocale();
  const { data } = useQuery(RoleNamesQuery);
  return (data?.roleNames ?? []).map((r) => ({ id: r.key, name: localized(r.name, locale, r.key) }));
}
