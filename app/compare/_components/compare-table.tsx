import { IntentLink } from '@/components/intent-link';
import { StoreName, type StoreKind } from '@/components/stores/store-mark';

interface LabLink {
  href: string;
  name: string;
}

export interface CompareRow {
  id: string;
  aspect: string;
  session: string;
  other: string;
  lab: LabLink;
  /** A second lab that proves part of the row. */
  also?: LabLink;
}

function LabLinks({ row }: { row: CompareRow }) {
  return (
    <span className="flex flex-col items-start gap-1">
      {[row.lab, ...(row.also ? [row.also] : [])].map((lab) => (
        <IntentLink key={lab.href} href={lab.href} className="text-blue-800 underline underline-offset-4 wrap-normal">
          {lab.name}
        </IntentLink>
      ))}
    </span>
  );
}

/** One of the article's comparison tables, each row with a link to the lab that proves it. */
export function CompareTable({
  id,
  caption,
  intro,
  columns,
  stores,
  rows,
}: {
  id: string;
  caption: string;
  intro?: string;
  columns: [aspect: string, session: string, other: string, proof: string];
  /** The stores the two middle columns compare: their headings wear the store's icon and colour. */
  stores: [session: StoreKind, other: StoreKind];
  rows: CompareRow[];
}) {
  const heading = (index: number) =>
    index === 1 || index === 2 ? <StoreName store={stores[index - 1]!}>{columns[index]}</StoreName> : columns[index];
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {caption}
      </h2>
      {intro && <p className="max-w-3xl text-slate-700">{intro}</p>}
      {/* A table from md up; on a phone, one card per row (display:none hides the other from screen readers too). */}
      <table className="hidden w-full border-collapse text-left text-sm md:table" data-testid={id}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((column, index) => (
              <th key={column} scope="col" className="px-2 py-2 align-bottom">
                {heading(index)}
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
                <LabLinks row={row} />
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
                <dt className="font-medium text-slate-700">{heading(1)}</dt>
                <dd>{row.session}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">{heading(2)}</dt>
                <dd>{row.other}</dd>
              </div>
            </dl>
            <div className="mt-1">
              <LabLinks row={row} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
