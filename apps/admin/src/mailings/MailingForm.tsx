import {
  BooleanInput,
  maxLength,
  maxValue,
  minValue,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
} from 'react-admin';
import { NumberInput } from '../common/NumberInput';
import { AudienceInput } from './AudienceInput';
import { CHANNELS } from './mailingForm';
import { ScheduleInput } from './ScheduleInput';
import { TemplateSelect } from './TemplateSelect';

const channelChoices = CHANNELS.map((id) => ({ id, name: `patron.mailings.channels.${id}` }));

/** A draft mailing: name, channel, template, audience (counted live), when, how fast, and whether clicks are tracked. */
export function MailingForm() {
  return (
    <SimpleForm
      noValidate
      toolbar={
        <Toolbar>
          <SaveButton data-testid="mailing-save" />
        </Toolbar>
      }
    >
      <TextInput
        source="name"
        label="patron.mailings.name"
        validate={[required(), maxLength(200)]}
        sx={{ maxWidth: 480 }}
        fullWidth
      />
      <SelectInput
        source="channel"
        label="patron.mailings.channel"
        choices={channelChoices}
        validate={required()}
        sx={{ maxWidth: 480 }}
        fullWidth
      />
      <TemplateSelect />
      <AudienceInput />
      <ScheduleInput />
      <NumberInput
        source="throttlePerMinute"
        label="patron.mailings.throttle"
        helperText="patron.mailings.throttleHint"
        min={1}
        validate={[minValue(1), maxValue(100000)]}
        sx={{ maxWidth: 240 }}
      />
      <NumberInput
        source="attributionDays"
        label="patron.mailings.attributionDays"
        min={1}
        max={365}
        validate={[required(), minValue(1), maxValue(365)]}
        sx={{ maxWidth: 240 }}
      />
      <BooleanInput
        source="trackClicks"
        label="patron.mailings.trackClicks"
        helperText="patron.mailings.trackClicksHint"
      />
    </SimpleForm>
  );
}
