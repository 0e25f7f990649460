import { ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';

/** The choices of a single- or multiple-choice attribute: a stored value and a label per language. */
export function ChoicesInput() {
  return (
    <ArrayInput source="choices" label="patron.attributes.choices">
      <SimpleFormIterator inline disableReordering={false}>
        <TextInput
          source="value"
          label="patron.attributes.choiceValue"
          validate={required()}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <TextInput
          source="label.en"
          label="patron.attributes.labelIn.en"
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <TextInput
          source="label.ru"
          label="patron.attributes.labelIn.ru"
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <TextInput
          source="label.fa"
          label="patron.attributes.labelIn.fa"
          slotProps={{ htmlInput: { dir: 'rtl' } }}
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
