/** Only paths on this site, so a crafted link cannot send a user elsewhere. */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') ? target : '/';
}
