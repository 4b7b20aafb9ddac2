'use client';

// Replaces the root layout when it fails, so it cannot rely on the message catalogues:
// both languages are written here, French first.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem', color: '#0f172a' }}>
        <main>
          <h1>Un problème est survenu</h1>
          <p>Aucune opération n’a été effectuée. Réessayez dans un instant.</p>
          <p lang="en">Something went wrong. Nothing was charged. Please try again.</p>
          <button type="button" onClick={reset} style={{ minHeight: 44, padding: '0 1rem' }}>
            Réessayer / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
