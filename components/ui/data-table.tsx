import type { ReactNode } from "react";

/**
 * The dashboard's list table: caption for screen readers, a header row of column titles, and the
 * rows the caller renders (cells use `cellClass`).
 */
export const cellClass = "px-3 py-2";

export function DataTable({ caption, columns, children }: { caption: ReactNode; columns: ReactNode[]; children: ReactNode }) {
  return (
    <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-100 text-left text-slate-700">
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={cellClass}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
