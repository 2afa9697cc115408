export function CampaignWizardPage() {
  return <div>CampaignWizardPage</div>;
}
