import { notFound } from 'next/navigation';

/** Every address no page answers: the not-found page, in the user's language and shell. */
export default function Missing() {
  notFound();
}
