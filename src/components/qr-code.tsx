import { useEffect, useState } from 'react';

/** A QR code of `text` as SVG; the qrcode library loads only when a page shows one. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | undefined>();
  useEffect(() => {
    let current = true;
    void import('../domain/qr-matrix.ts').then(({ qrPath }) => qrPath(text)).then((result) => {
      if (current) setPath(result);
    });
    return () => {
      current = false;
    };
  }, [text]);
  if (!path) return <div className="qr-code qr-code--loading" />;
  const margin = 2;
  const box = path.size + margin * 2;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`${-margin} ${-margin} ${box} ${box}`} shapeRendering="crispEdges">
      <rect x={-margin} y={-margin} width={box} height={box} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
