export function TeamPage() {
  return <div>TeamPage</div>;
}
