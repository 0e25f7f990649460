import { useMutation, useQuery } from '@apollo/client/react';
import { useAttributeRegistry } from '../../attributes/useAttributeRegistry';
import { type CustomerField, useCustomerFields } from '../fields/useCustomerFields';
import { type ColumnPref, defaultColumns, effectiveColumns } from './columnPrefs';
import { MyCustomerColumnsQuery, UpdateMyCustomerColumnsMutation } from './documents';

export interface Column extends ColumnPref {
  field: CustomerField;
}

/**
 * The customer table's columns as this staff member chose them (saved on the server, so they
 * follow them to any browser), or the default; and a way to save a new choice.
 */
export function useCustomerColumns() {
  const { fields, byKey, loading: fieldsLoading } = useCustomerFields();
  const { definitions, loading: registryLoading } = useAttributeRegistry();
  const { data, loading, error } = useQuery(MyCustomerColumnsQuery, { fetchPolicy: 'cache-and-network' });
  const [update, { loading: saving }] = useMutation(UpdateMyCustomerColumnsMutation);
  const defaults = defaultColumns(definitions.filter((d) => d.shownInList && !d.retired).map((d) => d.key));
  const prefs = effectiveColumns(
    data?.me?.customerColumns,
    fields.map((f) => f.key),
    defaults,
  );
  const columns: Column[] = prefs.flatMap((c) => {
    const field = byKey.get(c.key);
    return field ? [{ ...c, field }] : [];
  });
  const save = async (next: ColumnPref[]) => {
    await update({ variables: { columns: next.map(({ key, width }) => ({ key, width })) } });
  };
  // Known once each answer came (or failed: then the defaults), even while a cached one is asked again.
  const ready = (data !== undefined || error !== undefined) && !fieldsLoading && !registryLoading;
  return { columns, prefs, defaults, save, saving, loading: loading || fieldsLoading, ready };
}
