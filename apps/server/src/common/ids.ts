const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from the API is a uuid: anything else is NOT_FOUND before it reaches SQL. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
