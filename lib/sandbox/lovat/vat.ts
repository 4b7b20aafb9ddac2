/** Standard VAT rates (%) by ISO 3166-1 alpha-3 country, for `if_vat_calculate=true`. */
export const VAT_RATES: Readonly<Record<string, number>> = {
  CIV: 18,
  SEN: 18,
  BEN: 18,
  BFA: 18,
  MLI: 18,
  TGO: 18,
  NER: 19,
  CMR: 19.25,
  GHA: 15,
  NGA: 7.5,
  MAR: 20,
  FRA: 20,
  GBR: 20,
  DEU: 19,
  BEL: 21,
  ESP: 21,
  ITA: 22,
  NLD: 21,
  CHE: 8.1,
  CAN: 5,
  USA: 0,
};

export interface VatResult {
  country: string;
  rate: number;
  amount: number;
}

/**
 * The VAT contained in a transaction sum (prices to consumers include VAT), rounded to two
 * decimals; null when the country has no rate in the table or the sum is not a number.
 */
export function computeVat(sum: string, country: string | undefined): VatResult | null {
  const rate = country ? VAT_RATES[country] : undefined;
  const total = Number(sum);
  if (rate === undefined || !country || !Number.isFinite(total)) return null;
  const amount = Math.round(((total * rate) / (100 + rate)) * 100) / 100;
  return { country, rate, amount };
}
