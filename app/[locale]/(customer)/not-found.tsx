import { NotFoundContent } from '@/components/not-found-content';

// notFound() in a customer page: the customer layout already gives header and footer.
export default function CustomerNotFound() {
  return <NotFoundContent />;
}
