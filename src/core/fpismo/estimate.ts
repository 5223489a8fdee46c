import prices from '../../data/fpismo-prices.json';

export interface FpismoEstimate {
  chars: number;
  pages: number;
  perPage: number;
  replyForm: number;
  photos: number;
  photoPrice: number;
  total: number;
  currency: string;
  /** When the prices were reported ("2022–2023"): the UI says "approximate, as of …". */
  asOf: string;
  /** Always true: the prices come from human-rights guides, not from the site. */
  approximate: boolean;
}

export interface EstimateOptions {
  reply?: boolean;
  photos?: number;
}

/**
 * Pages and approximate cost from src/data/fpismo-prices.json: one price per
 * page, a short letter being one page at the per-letter price the guides give
 * (dated, approximate, DOMAIN.md §5).
 */
export function estimateFpismo(chars: number, opts: EstimateOptions = {}): FpismoEstimate {
  const pages = Math.max(1, Math.ceil(chars / prices.charsPerPage));
  const photos = Math.max(0, Math.floor(opts.photos ?? 0));
  const replyForm = opts.reply ? prices.replyForm : 0;
  return {
    chars,
    pages,
    perPage: prices.perPage,
    replyForm,
    photos,
    photoPrice: prices.photo,
    total: pages * prices.perPage + replyForm + photos * prices.photo,
    currency: prices.currency,
    asOf: prices.asOf,
    approximate: prices.approximate,
  };
}
