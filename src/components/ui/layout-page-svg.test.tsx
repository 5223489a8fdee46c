import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LayoutPage } from '../../core/pdf/index.ts';
import { LayoutPageSvg } from './layout-page-svg.tsx';

const page: LayoutPage = {
  widthMm: 220,
  heightMm: 110,
  items: [
    { kind: 'text', x: 120, y: 80, text: 'Балину Андрею Альбертовичу', font: 'sans', size: 4, ink: 'black', role: 'recipient' },
    { kind: 'line', x1: 120, y1: 81, x2: 210, y2: 81, width: 0.2, ink: 'blue', role: 'rule' },
    { kind: 'rect', x: 165, y: 15, w: 40, h: 25, width: 0.2, ink: 'blue', role: 'postage', dash: [1, 1] },
    { kind: 'path', segments: [[10, 90, 15, 90], [15, 90, 15, 100]], width: 0.8, ink: 'black', role: 'stencil-digit' },
  ],
};

describe('LayoutPageSvg', () => {
  it('draws the page in millimetres with every item of the layout', () => {
    render(<LayoutPageSvg page={page} label="Envelope DL" />);
    const svg = screen.getByRole('img', { name: 'Envelope DL' });
    expect(svg).toHaveAttribute('viewBox', '0 0 220 110');
    expect(svg.querySelector('text')).toHaveTextContent('Балину Андрею Альбертовичу');
    expect(svg.querySelector('line')).toHaveAttribute('stroke', '#1f3a5f');
    expect(svg.querySelectorAll('rect')).toHaveLength(2);
    expect(svg.querySelector('path')).toHaveAttribute('d', 'M10 90L15 90M15 90L15 100');
  });
});
