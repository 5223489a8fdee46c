import type { LayoutItem, LayoutPage } from '../../core/pdf/index.ts';

// The same layout the PDF writer draws, in the same millimetres (STYLE.md #5): the
// preview cannot drift from the print.
const inks = { black: '#000000', blue: '#1f3a5f' } as const;
const families = { serif: "'PT Serif', serif", sans: "'PT Sans', sans-serif" } as const;

function Item({ item }: { item: LayoutItem }) {
  const stroke = inks[item.ink];
  switch (item.kind) {
    case 'text':
      return (
        <text x={item.x} y={item.y} fontSize={item.size} fontFamily={families[item.font]} fill={stroke} xmlSpace="preserve">
          {item.text}
        </text>
      );
    case 'line':
      return <line x1={item.x1} y1={item.y1} x2={item.x2} y2={item.y2} stroke={stroke} strokeWidth={item.width} strokeDasharray={item.dash?.join(' ')} />;
    case 'rect':
      return <rect x={item.x} y={item.y} width={item.w} height={item.h} fill="none" stroke={stroke} strokeWidth={item.width} strokeDasharray={item.dash?.join(' ')} />;
    case 'path':
      return (
        <path
          d={item.segments.map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join('')}
          fill="none"
          stroke={stroke}
          strokeWidth={item.width}
          strokeLinecap="round"
          strokeDasharray={item.dash?.join(' ')}
        />
      );
  }
}

export function LayoutPageSvg({ page, label }: { page: LayoutPage; label: string }) {
  return (
    <svg className="layout-page" viewBox={`0 0 ${page.widthMm} ${page.heightMm}`} role="img" aria-label={label} lang="ru">
      <rect x={0} y={0} width={page.widthMm} height={page.heightMm} fill="#fff" stroke="#c8c2b6" strokeWidth={0.3} />
      {page.items.map((item, i) => (
        <Item key={i} item={item} />
      ))}
    </svg>
  );
}
