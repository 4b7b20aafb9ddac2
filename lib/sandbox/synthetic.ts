import { createHash } from 'node:crypto';

/**
 * Synthetic contracts for load tests: any 10-digit id starting with 9 exists, with three open
 * invoices derived from the id alone (one of each state), so every instance agrees on them
 * without storing anything until one is paid.
 */

export const SYNTHETIC_CONTRACT = /^9\d{9}$/;
const SYNTHETIC_REFERENCE = /^SYN-(9\d{9})-([1-3])$/;

export interface SyntheticInvoice {
  reference: string;
  idcontrat: string;
  dateFacture: string;
  position: number;
  montant: number;
  montantRegle: number;
  etat: number;
}

const STATES = [6, 4, 1] as const;
const MONTHS = ['09', '10', '11'] as const;

export function syntheticInvoices(idcontrat: string): SyntheticInvoice[] {
  if (!SYNTHETIC_CONTRACT.test(idcontrat)) return [];
  const digest = createHash('sha256').update(idcontrat).digest();
  return STATES.map((etat, i) => {
    // Premiums from 5 000 to 104 750 FCFA in steps of 250.
    const montant = 5_000 + (digest.readUInt16BE(i * 2) % 400) * 250;
    const montantRegle = etat === 4 ? Math.floor(montant / 2 / 250) * 250 : 0;
    const day = String(1 + (digest[8 + i]! % 28)).padStart(2, '0');
    return {
      reference: `SYN-${idcontrat}-${i + 1}`,
      idcontrat,
      dateFacture: `${day}/${MONTHS[i]}/2026`,
      position: i,
      montant,
      montantRegle,
      etat,
    };
  });
}

/** The synthetic invoice a reference names, if it names one. */
export function syntheticInvoiceByReference(reference: string): SyntheticInvoice | undefined {
  const m = SYNTHETIC_REFERENCE.exec(reference);
  if (!m) return undefined;
  return syntheticInvoices(m[1]!)[Number(m[2]) - 1];
}
