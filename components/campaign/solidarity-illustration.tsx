// The home page's picture: people standing shoulder to shoulder under a rising sun, drawn here so
// it comes from our own origin like everything else (no image service, no stock photo of a real
// person who might be at risk). It uses the site's blues and no national or opposition colours:
// the historical white-red-white flag is a political symbol, and choosing it is not ours to do
// for supporters. Decorative, so hidden from screen readers; the headline says what it means.

const figures = [
  { x: 70, scale: 0.82, fill: "#93c5fd" },
  { x: 130, scale: 0.94, fill: "#3b82f6" },
  { x: 200, scale: 1.06, fill: "#1e40af" },
  { x: 270, scale: 0.94, fill: "#1d4ed8" },
  { x: 330, scale: 0.82, fill: "#60a5fa" },
];

export function SolidarityIllustration({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 400 200" className={className} aria-hidden="true" focusable="false" data-testid="campaign-illustration">
      <rect width="400" height="200" rx="16" fill="#eff6ff" />
      {/* The sun: a new day for civil society, rising behind the people. */}
      <circle cx="200" cy="150" r="92" fill="#dbeafe" />
      <circle cx="200" cy="150" r="62" fill="#bfdbfe" />
      {figures.map(({ x, scale, fill }) => (
        <g key={x} transform={`translate(${x} 200) scale(${scale})`}>
          <circle cx="0" cy="-118" r="19" fill={fill} />
          <path d="M-34 0 V-60 a34 34 0 0 1 68 0 V0 Z" fill={fill} />
        </g>
      ))}
      {/* Linked arms: one line running through every figure's shoulders. */}
      <path d="M52 152 Q100 136 130 144 T200 134 T270 144 T348 152" fill="none" stroke="#0f172a" strokeOpacity="0.35" strokeWidth="6" strokeLinecap="round" />
      <rect y="196" width="400" height="4" fill="#1e3a8a" />
    </svg>
  );
}
