import { cardFontFamily } from "./social-card-fonts";

// The picture social networks show for a shared link (1200×630), drawn by Satori (next/og):
// inline styles only, every element with more than one child needs display: flex. White on dark
// blue (contrast above 14:1), large type so it stays legible as a phone-sized thumbnail. No flag
// or other symbol that could put a person in Belarus at risk for having shared it.

const navy = "#172554"; // Tailwind blue-950, the site's darkest blue
const paleBlue = "#dbeafe"; // blue-100

export interface SocialCardProps {
  /** "4 August · International Day of …" */
  eyebrow: string;
  headline: string;
  /** "1,234 people have signed", or null when the number is not shown. */
  count: string | null;
  siteName: string;
}

export function SocialCard({ eyebrow, headline, count, siteName }: SocialCardProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        backgroundColor: navy,
        color: "#ffffff",
        fontFamily: cardFontFamily,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: paleBlue, lineHeight: 1.3 }}>{eyebrow}</div>
        <div style={{ display: "flex", fontSize: 72, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{headline}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 32 }}>
        {count ? (
          <div
            style={{
              display: "flex",
              padding: "18px 32px",
              borderRadius: 16,
              backgroundColor: "#ffffff",
              color: navy,
              fontSize: 44,
              fontWeight: 700,
            }}
          >
            {count}
          </div>
        ) : (
          <div style={{ display: "flex" }} />
        )}
        <div style={{ display: "flex", fontSize: 28, fontWeight: 400, color: paleBlue }}>{siteName}</div>
      </div>
    </div>
  );
}
