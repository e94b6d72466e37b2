import QRCode from 'qrcode';

/** The dark modules of the QR code for `text`, as one SVG path of unit squares (medium error correction). */
export function qrPath(text: string): { d: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return { d: parts.join(''), size: modules.size };
}
