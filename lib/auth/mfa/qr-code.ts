import { encode } from 'uqr';

/** A QR code as an SVG path over a square of `size` modules (the quiet zone included). */
export interface QrCodeShape {
  size: number;
  /** The dark modules, one `M x y h1 v1 h-1 z` square each. */
  path: string;
}

/**
 * The QR code of `text` (ISO/IEC 18004, error correction M, a 4-module quiet zone), drawn by the
 * page as one SVG path: no image file, no markup from a library put into the page, nothing for the
 * Content-Security-Policy to allow. The secret stays on the server that drew it.
 */
export function qrCodeShape(text: string): QrCodeShape {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const squares: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size, path: squares.join('') };
}
