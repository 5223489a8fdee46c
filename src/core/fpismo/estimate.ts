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
  checkedAt: string;
  /** Always false until someone checks the F-pismo site: the UI shows "about". */
  verified: boolean;
}

export interface EstimateOptions {
  reply?: boolean;
  photos?: number;
}

/** Pages and approximate cost from src/data/fpismo-prices.json (dated, unverified, DOMAIN.md §5). */
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
    checkedAt: prices.checkedAt,
    verified: prices.verified,
  };
}
