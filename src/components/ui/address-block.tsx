/**
 * One block of an envelope ("Кому/Куда/Индекс" or "От кого/Откуда"), as printed. A reader of
 * another language gets a gloss under each Russian label (Кому — To).
 */
export function AddressBlock({ rows, glosses }: { rows: [label: string, lines: string[]][]; glosses?: Record<string, string> }) {
  return (
    <dl className="address-block" lang="ru">
      {rows
        .filter(([, lines]) => lines.length > 0)
        .map(([label, lines]) => (
          <div key={label}>
            <dt>
              {label}
              {glosses?.[label] && glosses[label] !== label ? (
                <span className="label-gloss" lang="en">
                  {glosses[label]}
                </span>
              ) : null}
            </dt>
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
