// A server-rendered page with no client components: what any App Router page ships at least.
// Rendered per request like Session Lab's pages (the JavaScript is the same either way).
export const dynamic = 'force-dynamic';

export default function BarePage() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>The same Next.js and React as Session Lab, and nothing else.</p>
    </main>
  );
}
