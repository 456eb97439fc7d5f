/** The one notice a page shows when the session store cannot be reached (the page still renders). */
export function StoreDownNotice({ text }: { text: string }) {
  return (
    <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
      {text}
    </p>
  );
}
