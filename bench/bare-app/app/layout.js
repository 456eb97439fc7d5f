// The floor for the page-weight benchmark: an App Router root layout with nothing of ours in it.
export const metadata = { title: 'Bare page' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
