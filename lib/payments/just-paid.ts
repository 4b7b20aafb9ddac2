/**
 * A mark, in the browser's session, that "Payer" was just sent: the page it leads to (the
 * receipt) moves focus to its heading only then. Browser-only; each call tolerates a storage
 * that refuses (private browsing), which simply leaves focus where the browser puts it.
 */
const JUST_PAID = 'lalo.justPaid';

/** Set by the checkout form as it sends "Payer". */
export function markPaying() {
  try {
    sessionStorage.setItem(JUST_PAID, '1');
  } catch {}
}

/** Cleared when the pay action refuses the form: no receipt follows. */
export function unmarkPaying() {
  try {
    sessionStorage.removeItem(JUST_PAID);
  } catch {}
}

/**
 * Whether the receipt was reached by paying, consumed once. Only then does its heading take
 * focus: the pay action swaps the page in place, which neither announces the new page nor
 * keeps focus anywhere (the "Payer" button that had it is gone). A plain visit or a reload is a
 * page load that screen readers announce by its title and read from the top; taking focus there
 * would skip the header and its skip link for nothing.
 */
export function takeFocusAfterPaying(): boolean {
  try {
    const paid = sessionStorage.getItem(JUST_PAID) === '1';
    sessionStorage.removeItem(JUST_PAID);
    return paid;
  } catch {
    return false;
  }
}
