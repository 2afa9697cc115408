/**
 * Suggestions for a campaign's sub-industry, by industry. Free text is fine
 * too: vendors (and the simulator) source by the words it holds.
 */
export const SUB_INDUSTRIES: Record<string, readonly string[]> = {
  Technology: [
    'Cybersecurity',
    'Enterprise software (SaaS)',
    'Semiconductors',
    'Cloud infrastructure',
    'Data & analytics',
    'IT services',
  ],
  Healthcare: [
    'Dental services (DSO)',
    'Hospitals & health systems',
    'Medical devices',
    'Pharmaceuticals',
    'Biotechnology',
    'Veterinary services',
    'Health insurance (payers)',
  ],
  'Financial Services': [
    'Payments',
    'Banking',
    'Property & casualty insurance',
    'Wealth & asset management',
    'Lending',
  ],
  'Consumer & Retail': [
    'Grocery',
    'Restaurants',
    'Apparel',
    'E-commerce',
    'Beauty & personal care',
  ],
  Industrials: ['Aerospace & defense', 'Automotive', 'Chemicals', 'Industrial machinery'],
  'Energy & Utilities': ['Solar', 'Wind', 'Battery storage', 'Oil & gas', 'Utilities'],
  'Telecom & Media': ['Wireless carriers', 'Fiber broadband', 'Streaming', 'Advertising'],
  'Real Estate': ['Data centers', 'Industrial & logistics', 'Multifamily', 'Office'],
};
