/**
 * A browser-storage file as the original app's users will export it (the
 * README's console snippet): every value a string, most of them JSON. Built
 * from the original's storage keys (see original-app.md), with what real
 * storage collects over time: campaigns from before and after min/max calls,
 * team members shared across campaigns, required interviewers, time zones
 * (one obsolete, one made up), a campaign filed under a project code with no
 * project entry, broken entries, and keys that are not data.
 */
const at = (day: string) => `${day}T09:30:00.000Z`;
const priya = { id: 'tm-1', name: 'Priya Shah', designation: 'Associate', avatar: 'PS' };
const marcus = {
  id: 'tm-2',
  name: 'Marcus Webb',
  designation: 'Vice President',
  avatar: 'https://images.example.com/avatars/marcus.png',
};
const lena = { id: 'tm-3', name: 'Lena Okafor', designation: 'Analyst', avatar: null };

const entries: Record<string, unknown> = {
  project_ATLAS: {
    projectName: 'Project Atlas',
    projectCode: 'ATLAS',
    createdAt: at('2024-02-26'),
    updatedAt: at('2024-03-01'),
  },
  project_HELIOS: {
    projectName: 'Helios solar roll-up',
    projectCode: 'HELIOS',
    createdAt: at('2024-04-02'),
    updatedAt: at('2024-04-02'),
  },
  'project_Q3 review': { projectName: 'Q3 portfolio review', projectCode: 'Q3 review' },
  // Before min/max calls existed: an estimate and the old app's own call counts.
  campaign_1709000000001: {
    id: '1709000000001',
    campaignName: 'Cloud security buyers',
    projectCode: 'ATLAS',
    industryVertical: 'Technology',
    startDate: '2024-03-04',
    targetCompletionDate: '2024-04-12T00:00:00.000Z',
    estimatedCalls: 8,
    completedCalls: 3,
    scheduledCalls: 2,
    teamMembers: [priya, marcus],
    createdAt: at('2024-03-01'),
    updatedAt: at('2024-03-20'),
    order: 0,
  },
  campaign_1711000000002: {
    id: '1711000000002',
    campaignName: 'CISO budget survey Europe',
    projectCode: 'ATLAS',
    industryVertical: 'Technology',
    startDate: '2024-03-18',
    targetCompletionDate: '2024-05-03',
    minCalls: 5,
    maxCalls: 12,
    completedCalls: 0,
    teamMembers: [priya, lena],
    targetRegions: ['Europe', 'Nordics'],
    createdAt: at('2024-03-15'),
    updatedAt: at('2024-03-15'),
    order: 1,
  },
  campaign_1713000000003: {
    id: '1713000000003',
    campaignName: 'Residential solar installers',
    projectCode: 'HELIOS',
    industryVertical: 'Energy',
    startDate: 'next week',
    targetCompletionDate: '2024-06-28',
    minCalls: 10,
    maxCalls: 6,
    estimatedCalls: '7',
    teamMembers: [marcus],
    targetRegions: ['North America'],
    createdAt: at('2024-04-03'),
    updatedAt: at('2024-04-03'),
  },
  campaign_1714000000004: {
    id: '1714000000004',
    campaignName: 'Grid storage channel checks',
    projectCode: 'GRID',
    industryVertical: 'Energy',
    startDate: '2024-05-06',
    targetCompletionDate: '2024-06-14',
    minCalls: 4,
    maxCalls: 8,
    teamMembers: [],
    createdAt: at('2024-05-02'),
    updatedAt: at('2024-05-02'),
  },
  campaign_1715000000005: {
    id: '1715000000005',
    campaignName: 'Ad hoc: dental chains',
    startDate: '2024-05-13',
    targetCompletionDate: '2024-05-31',
    estimatedCalls: 3,
    teamMembers: [{ id: 'tm-2', name: 'Marcus Webb', designation: 'VP' }],
    createdAt: at('2024-05-10'),
    updatedAt: at('2024-05-10'),
  },
  campaign_1716000000006: { projectCode: 'ATLAS', estimatedCalls: 4 },
  required_members_1709000000001: ['tm-1'],
  required_members_1711000000002: ['tm-3', 'tm-9'],
  required_members_1799000000099: ['tm-1'],
  timezone_1709000000001: 'America/New_York',
  timezone_1711000000002: 'US/Pacific-New',
  timezone_1713000000003: 'Mars/Olympus_Mons',
  columnWidths: { industry: 180, dragHandle: 16, campaignName: 400 },
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.signature',
  'debug-ui': 'true',
  'ally-supports-cache': { version: 2 },
};

/** The file's content: each value as the browser stored it. */
export function sampleBrowserStorage(): Record<string, string> {
  return {
    ...Object.fromEntries(
      Object.entries(entries).map(([key, value]) => [
        key,
        typeof value === 'string' && !key.startsWith('timezone_') ? value : JSON.stringify(value),
      ]),
    ),
    // Plain strings as the original wrote them, and a value that is not JSON at all.
    theme: 'dark',
    timezone_1709000000001: 'America/New_York',
    campaign_broken: '{"campaignName": "Half-written',
  };
}
