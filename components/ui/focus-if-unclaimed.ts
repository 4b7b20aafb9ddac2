/**
 * Moves the focus to `element` as a page's scripts start, unless the person has already put it
 * somewhere. On a slow phone the page shows well before its scripts run: a customer who has
 * begun correcting a field by then would have their next keys typed into a message instead.
 */
export function focusIfUnclaimed(element: HTMLElement | null): void {
  const active = document.activeElement;
  if (element && (!active || active === document.body || active === element)) element.focus();
}
