import Link from 'next/link';

export interface CompareRow {
  id: string;
  aspect: string;
  session: string;
  other: string;
  lab: { href: string; name: string };
}

/** One of the article's comparison tables, each row with a link to the lab that proves it. */
export function CompareTable({
  id,
  caption,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  columns: [aspect: string, session: string, other: string, proof: string];
  rows: CompareRow[];
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {caption}
      </h2>
      {/* A table from md up; on a phone, one card per row (display:none hides the other from screen readers too). */}
      <table className="hidden w-full border-collapse text-left text-sm md:table" data-testid={id}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-2 align-bottom">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top" data-testid={`row-${row.id}`}>
              <th scope="row" className="px-2 py-2 font-semibold">
                {row.aspect}
              </th>
              <td className="px-2 py-2">{row.session}</td>
              <td className="px-2 py-2">{row.other}</td>
              <td className="px-2 py-2">
                <Link href={row.lab.href} className="text-blue-800 underline underline-offset-4">
                  {row.lab.name}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-3 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-300 bg-white p-3 text-sm">
            <h3 className="font-semibold">{row.aspect}</h3>
            <dl className="mt-1 flex flex-col gap-1">
              <div>
                <dt className="font-medium text-slate-700">{columns[1]}</dt>
                <dd>{row.session}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">{columns[2]}</dt>
                <dd>{row.other}</dd>
              </div>
            </dl>
            <Link href={row.lab.href} className="mt-1 inline-block text-blue-800 underline underline-offset-4">
              {row.lab.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
