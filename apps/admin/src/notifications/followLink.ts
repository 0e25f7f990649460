/**
 * Follows a notice's link: an app route (`#/…`) moves within the app; a file (`/files/…`) is a
 * download, asked of the browser with a full request so the session cookie goes with it. Anything else
 * is never followed (the server writes no other link, and a link must never lead off the app).
 */
export function followLink(
  link: string | null | undefined,
  location: Pick<Location, 'assign'> = window.location,
): void {
  if (!link) return;
  if (/^#\/[^\s\\]*$/.test(link) || /^\/files\/[^\s\\]*$/.test(link)) location.assign(link);
}
