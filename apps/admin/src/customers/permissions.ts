/** Creating and editing customers: the create and edit screens and the list's CREATE button need it. */
export const CUSTOMERS_WRITE = 'customers.write';
