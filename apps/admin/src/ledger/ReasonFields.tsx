import { FormDataConsumer, required, TextInput, useTranslate } from 'react-admin';
import { CalendarDateInput } from '../preferences/CalendarDateInput';

/**
 * The fields every balance change asks for: the reason the customer sees, the staff comment, and an
 * expiry that only an addition can have (a subtraction takes from what is there).
 */
export function ReasonFields({ testIdPrefix }: { testIdPrefix: string }) {
  const translate = useTranslate();
  return (
    <>
      <TextInput
        source="reason"
        label="patron.loyalty.reason"
        validate={required()}
        helperText="patron.loyalty.reasonHelp"
        slotProps={{ htmlInput: { dir: 'auto', maxLength: 500, 'data-testid': `${testIdPrefix}-reason` } }}
      />
      <TextInput
        source="comment"
        label="patron.loyalty.comment"
        multiline
        minRows={2}
        helperText="patron.loyalty.commentHelp"
        slotProps={{ htmlInput: { dir: 'auto', maxLength: 2000, 'data-testid': `${testIdPrefix}-comment` } }}
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.direction !== 'subtract' && (
            <CalendarDateInput
              source="expiresOn"
              label={translate('patron.loyalty.expiresOn')}
              helperText="patron.loyalty.expiresOnHelp"
            />
          )
        }
      </FormDataConsumer>
    </>
  );
}
