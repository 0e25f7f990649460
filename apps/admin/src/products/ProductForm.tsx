import { Stack } from '@mui/material';
import {
  BooleanInput,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useLocale,
  type Validator,
} from 'react-admin';
import { AmountInput } from '../common/AmountInput';
import { LocalizedNameInputs } from '../common/LocalizedNameInputs';
import { ProductKind } from '../gql/graphql';
import { numberProblem, numberValue } from './quantity';

const KINDS = [ProductKind.PRODUCT, ProductKind.SERVICE].map((k) => ({
  id: k,
  name: `patron.products.kind.${k}`,
}));

/** The typed price and reorder level as numbers, read in the UI's language (Create's and Edit's `transform`). */
export const readNumbers = (locale: string) => (data: Record<string, unknown>) => ({
  ...data,
  price: numberValue(data.price, locale) ?? 0,
  reorderLevel: numberValue(data.reorderLevel, locale),
});

/** A product: SKU (fixed once created), names in three languages, kind, price, unit, stock tracking, active. */
export function ProductForm({ creating }: { creating: boolean }) {
  const locale = useLocale();
  const money: Validator = (value) => numberProblem(value, 2, locale);
  const quantity: Validator = (value) => numberProblem(value, 3, locale);
  return (
    <SimpleForm
      defaultValues={creating ? { active: true, kind: ProductKind.PRODUCT, price: '0' } : undefined}
      noValidate
      sx={{ maxWidth: 760 }}
    >
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <TextInput
          source="sku"
          label="patron.products.sku"
          helperText={creating ? 'patron.products.skuHelp' : 'patron.products.skuFixed'}
          disabled={!creating}
          validate={creating ? required() : undefined}
          slotProps={{ htmlInput: { dir: 'ltr', maxLength: 100, 'data-testid': 'product-sku' } }}
        />
        <SelectInput
          source="kind"
          label="patron.products.kindLabel"
          choices={KINDS}
          validate={required()}
          sx={{ minWidth: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'product-kind' } } as object}
        />
      </Stack>
      <LocalizedNameInputs labels="patron.products.nameIn" missing="patron.products.nameMissing" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <AmountInput
          source="price"
          label="patron.products.price"
          decimals={2}
          validate={[required(), money]}
          slotProps={{ htmlInput: { 'data-testid': 'product-price' } }}
        />
        <TextInput
          source="unit"
          label="patron.products.unit"
          helperText="patron.products.unitHelp"
          slotProps={{ htmlInput: { dir: 'auto', maxLength: 20, 'data-testid': 'product-unit' } }}
        />
      </Stack>
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === ProductKind.PRODUCT && (
            <Stack direction="row" columnGap={2} flexWrap="wrap" alignItems="center">
              <BooleanInput
                source="tracked"
                label="patron.products.tracked"
                helperText="patron.products.trackedHelp"
                data-testid="product-tracked"
              />
              {formData.tracked && (
                <AmountInput
                  source="reorderLevel"
                  label="patron.products.reorderLevel"
                  helperText="patron.products.reorderLevelHelp"
                  validate={quantity}
                  slotProps={{ htmlInput: { 'data-testid': 'product-reorder' } }}
                />
              )}
            </Stack>
          )
        }
      </FormDataConsumer>
      <BooleanInput
        source="active"
        label="patron.products.active"
        helperText="patron.products.activeHelp"
        data-testid="product-active"
      />
    </SimpleForm>
  );
}
