import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AddressBlock } from './address-block.tsx';

describe('AddressBlock', () => {
  it('glosses each Russian label for a reader of another language, and skips empty rows', () => {
    render(<AddressBlock rows={[['Кому', ['Балину Андрею Альбертовичу']], ['Индекс', []]]} glosses={{ Кому: 'To', Индекс: 'Postcode' }} />);
    expect(screen.getByText('Кому')).toHaveTextContent('КомуTo');
    expect(screen.queryByText('Postcode')).not.toBeInTheDocument();
  });
});
