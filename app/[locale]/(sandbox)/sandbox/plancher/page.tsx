/**
 * The framework's floor, for the benchmarks: a server-rendered page of this app, in the same
 * shell as the customer pages, with no client component and no data of its own.
 */
export default function FloorPage() {
  return <h1 className="text-2xl font-bold">Plancher</h1>;
}
