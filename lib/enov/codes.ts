/** Enov's answer codes and their messages, as the original document writes them. */
export const ENOV_MESSAGES = {
  '00': 'Paiement effectué avec succès',
  '-1': "Erreur d'authentification",
  '-2': "Erreur d'accès aux données",
  '02': 'Référence de facture inexistant',
  '03': 'Montant du réglé incorrect',
  '04': 'Aucune référence de paiement fournie',
  '05': 'Date de paiement incorrect',
  '06': 'Statut de paiement non fourni',
  '07': 'Erreur lors de la sauvegarde',
  '08': 'Erreur lors de la sélection des factures',
} as const;

export type EnovCode = keyof typeof ENOV_MESSAGES;

export function isEnovCode(value: string): value is EnovCode {
  return Object.hasOwn(ENOV_MESSAGES, value);
}

/**
 * Enov may send codes as strings or numbers: "-1" or -1, "08" or 8. Returns the canonical
 * two-character form, or the raw text when it is not a known code.
 */
export function normalizeEnovCode(raw: unknown): string {
  const text = String(raw ?? '').trim();
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    const canonical = n < 0 ? String(n) : String(n).padStart(2, '0');
    if (isEnovCode(canonical)) return canonical;
  }
  return text;
}

/** Codes after which the same call may succeed later: the insurer's servers, not the request. */
export const ENOV_TRANSIENT_CODES: ReadonlySet<string> = new Set(['-2', '07']);
