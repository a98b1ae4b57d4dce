// B_next: the smallest App Router app of the same Next version, built at bench time, for the
// page-weight baseline (what any Next 16 page ships before the app adds anything).
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
