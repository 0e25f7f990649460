import { type AttributeFormatDefinition, defineModule } from '@patron/sdk';

/** A ticket number: T- and four digits; "t1234" fits and is stored as "T-1234". */
const ticket: AttributeFormatDefinition = {
  key: 'ticket',
  base: 'TEXT',
  label: { en: 'Ticket' },
  normalize: (value) => {
    const m = /^t-?(\d{4})$/i.exec(value);
    return m ? { value: `T-${m[1]}` } : { problem: 'VALUE_NOT_TEXT', params: { got: value } };
  },
};

/** The stored-values tests' plugin: it brings the ticket format. */
export const ticketFormatModule = defineModule({ name: 'test-formats', attributeFormats: [ticket] });

export const CREATE_DEF = `mutation($input: CreateAttributeDefinitionInput!) {
  createAttributeDefinition(input: $input) { id } }`;
