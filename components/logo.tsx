/** The insurer's mark: decorative, its name is always written beside it. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={className} aria-hidden="true" focusable="false">
      <path d="M20 2 5 8v11c0 9.5 6.4 16.3 15 19 8.6-2.7 15-9.5 15-19V8L20 2Z" fill="#e0a93b" />
      <path
        d="M20 6.5 9 11v8c0 7.3 4.7 12.6 11 14.8 6.3-2.2 11-7.5 11-14.8v-8L20 6.5Z"
        fill="#0a3d61"
      />
      <path d="M14 14h3.2v10.2H25V27H14V14Z" fill="#fff" />
    </svg>
  );
}
