import { qrCodeDrawing } from "./qr-code-path";

/**
 * A QR code as inline SVG, drawn in the server render: no request, no script, no inline style (the
 * CSP's style-src allows none; fill is a presentation attribute). Black on white with its quiet
 * zone, whatever the page's colours, because phone cameras read dark-on-light codes best.
 */
export function EventQrCode({ href, label, className = "" }: { href: string; label: string; className?: string }) {
  const { size, path } = qrCodeDrawing(href);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid="event-qr-code"
      className={`block bg-white ${className}`}
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
