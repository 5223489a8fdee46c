/** PDF user space is 1/72 inch; 1 inch = 25.4 mm. */
export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

export const A4 = { widthMm: 210, heightMm: 297 } as const;
