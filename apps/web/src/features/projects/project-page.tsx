export function ProjectPage() {
  return <div>ProjectPage</div>;
}
