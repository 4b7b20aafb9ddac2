/**
 * A telephone number as the insurer writes it, in international form (`+225 27 20 25 97 00`):
 * shown as written, dialled from its digits. International only, because a WhatsApp link
 * (`https://wa.me/<digits>`) needs the country code and a customer abroad needs it to call.
 */
export interface PhoneNumber {
  /** As configured, spaces tidied: what the customer reads. */
  display: string;
  /** Country code and number, digits only (E.164 without the "+"). */
  digits: string;
}

/** The number, or null unless it is "+" and 8 to 15 digits, optionally spaced or punctuated. */
export function parsePhoneNumber(value: string): PhoneNumber | null {
  const display = value.trim().replace(/\s+/g, ' ');
  if (!/^\+[\d\s().-]+$/.test(display)) return null;
  const digits = display.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return null;
  return { display, digits };
}

export const telHref = (phone: PhoneNumber) => `tel:+${phone.digits}`;
export const whatsAppHref = (phone: PhoneNumber) => `https://wa.me/${phone.digits}`;
