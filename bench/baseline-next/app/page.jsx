export default function Page() {
  return <h1>Baseline</h1>;
}
