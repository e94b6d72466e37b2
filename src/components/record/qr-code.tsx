import { useEffect, useRef, useState } from 'react';

/** Sent before printing so every QR code renders first (the print footer's is hidden on screen). */
export const PREPARE_PRINT_EVENT = 'lcs:prepare-print';

/**
 * A QR code of `text` as SVG. The qrcode library is loaded only once a code is about to be seen, on screen or
 * in print, so it stays out of the first view of a record.
 */
export function QrCode({ text, label, eager = false }: { text: string; label: string; eager?: boolean }) {
  const [path, setPath] = useState<{ d: string; size: number } | undefined>();
  // Eager: a code the page will print or show at once (a handout, the projector view) loads without waiting to be seen.
  const [seen, setWanted] = useState(typeof IntersectionObserver === 'undefined');
  const wanted = seen || eager;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: '300px' });
    if (box.current) observer.observe(box.current);
    window.addEventListener('beforeprint', want);
    window.addEventListener(PREPARE_PRINT_EVENT, want);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', want);
      window.removeEventListener(PREPARE_PRINT_EVENT, want);
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void import('../../domain/links/qr-matrix.ts').then(({ qrPath }) => {
      if (current) setPath(qrPath(text));
    });
    return () => {
      current = false;
    };
  }, [text, wanted]);

  if (!path) return <div ref={box} className="qr-code qr-code--loading" />;
  const margin = 2;
  const size = path.size + margin * 2;
  return (
    <svg className="qr-code" role="img" aria-label={label || undefined} aria-hidden={label ? undefined : true} viewBox={`${-margin} ${-margin} ${size} ${size}`} shapeRendering="crispEdges">
      <rect x={-margin} y={-margin} width={size} height={size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
