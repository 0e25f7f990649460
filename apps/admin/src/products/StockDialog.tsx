import { DialogContent, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { localized } from '../i18n/localized';
import { useProblemText } from '../problems/useProblemText';
import { ReceiveStockMutation, SetStockCountMutation } from './documents';
import { numberProblem, numberValue } from './quantity';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };

export type StockAction = 'receive' | 'count';

interface Product {
  id: string;
  sku: string;
  name: { en?: string | null; ru?: string | null; fa?: string | null };
  unit: string;
}

/**
 * Receiving goods (the quantity that came in, a note) or a stocktake (what was counted, a reason);
 * three decimals at most, for weighed goods.
 */
export function StockDialog({
  action,
  product,
  onClose,
  onDone,
}: {
  action: StockAction;
  product: Product;
  onClose(): void;
  onDone(): void;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useProblemText();
  const notify = useNotify();
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const field = action === 'receive' ? 'quantity' : 'counted';
  const typed = numberProblem(quantity, 3, locale);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = numberValue(quantity, locale);
    if (value === null || Number.isNaN(value)) return;
    setSaving(true);
    try {
      if (action === 'receive')
        await apollo.mutate({
          mutation: ReceiveStockMutation,
          variables: { productId: product.id, quantity: value, note: note || null },
        });
      else
        await apollo.mutate({
          mutation: SetStockCountMutation,
          variables: { productId: product.id, counted: value, reason: note || null },
        });
      notify(action === 'receive' ? 'patron.products.received' : 'patron.products.counted', { type: 'info' });
      onDone();
      onClose();
    } catch (error) {
      setErrors(placeFailure(error, [field, 'note', 'reason']));
    } finally {
      setSaving(false);
    }
  };
  const problem = errors.fields[field];
  const noteProblem = errors.fields.note ?? errors.fields.reason;
  const unit = product.unit ? ` (${product.unit})` : '';
  return (
    <FormDialog
      open
      title={action === 'receive' ? 'patron.products.receive' : 'patron.products.stocktake'}
      testId={`stock-${action}`}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <DialogContent>
          <TextField
            fullWidth
            margin="dense"
            autoFocus
            label={`${translate(action === 'receive' ? 'patron.products.receivedQuantity' : 'patron.products.countedQuantity', { name: localized(product.name, locale, product.sku) })}${unit}`}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            error={Boolean(problem || (quantity && typed))}
            helperText={
              problem ? text(problem) : quantity && typed ? translate(typed.message, typed.args) : undefined
            }
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `stock-${action}-quantity` } }}
          />
          <TextField
            fullWidth
            margin="dense"
            label={translate(action === 'receive' ? 'patron.products.note' : 'patron.products.reason')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={Boolean(noteProblem)}
            helperText={noteProblem ? text(noteProblem) : undefined}
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 500, 'data-testid': `stock-${action}-note` } }}
          />
          <GeneralErrors messages={errors.general} testId={`stock-${action}`} />
        </DialogContent>
        <FormDialogActions
          testId={`stock-${action}`}
          submitLabel="ra.action.save"
          disabled={saving || !quantity || Boolean(typed)}
          onClose={onClose}
        />
      </form>
    </FormDialog>
  );
}
