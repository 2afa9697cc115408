export function CampaignPage() {
  return <div>CampaignPage</div>;
}
