/** One block of an envelope ("Кому/Куда/Индекс" or "От кого/Откуда"), as printed. */
export function AddressBlock({ rows }: { rows: [label: string, lines: string[]][] }) {
  return (
    <dl className="address-block" lang="ru">
      {rows
        .filter(([, lines]) => lines.length > 0)
        .map(([label, lines]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {lines.map((line, i) => (
                <span key={i}>{line}</span>
              ))}
            </dd>
          </div>
        ))}
    </dl>
  );
}
