/** The campaign wizard, from a project page to the new campaign. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { COUNTRIES, COUNTRIES_QUESTION } from './support/workspace';

const { signedIn } = browserSessions();

describe('the campaign wizard', () => {
  it('creates a campaign: three questions and a follow-up, two vendors, a team member', async () => {
    const { page, api } = await signedIn();
    const project = await api.project.create.mutate({
      projectName: 'Project Atlas',
      projectCode: 'ATLAS',
    });
    await page.goto(`/projects/${project.id}`);
    await page.getByRole('heading', { name: 'Project Atlas', level: 1 }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'New campaign' }).first().click();
    await page.getByRole('heading', { name: 'New campaign' }).waitFor();
    const main = page.getByRole('main');

    // Basics: the project is preselected from the project page.
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByText('Required').first().waitFor(); // the API's own schema says what is missing
    await main.getByLabel('Campaign name').fill('Cold chain in Europe');
    await main.getByLabel('Industry', { exact: true }).selectOption('Industrials');
    await expect(main.getByLabel('Project', { exact: true }).inputValue()).resolves.not.toBe('');
    await screenshot(page, '03-wizard-basics');
    await expectAccessible(page, 'wizard');
    await page.getByRole('button', { name: /Next/ }).click();

    // Scope
    await main.getByLabel('Brief').fill('How do mid-size shippers buy cold-chain capacity?');
    await main.getByLabel('Europe').check();
    await main.getByLabel('Other regions').fill('Nordics');
    await main.getByLabel('Start date').fill('2026-12-01');
    await main.getByLabel('Target completion').fill('2027-01-31');
    await main.getByLabel('Minimum calls').fill('8');
    await main.getByLabel('Maximum calls').fill('5');
    await main.getByLabel('Estimated calls').fill('10');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByText('Must be at least the minimum number of calls').waitFor();
    await main.getByLabel('Maximum calls').fill('12');
    await page.getByRole('button', { name: /Next/ }).click();

    // Screening: a yes/no question with a follow-up, a free-text one (reordered above it),
    // and a multiple-choice one. The follow-up once blocked Next (a key the API refused).
    await page.getByRole('button', { name: 'Add a question' }).click();
    await main.getByLabel('Question', { exact: true }).first().fill('What did you buy last year?');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await main.getByLabel('Question', { exact: true }).nth(1).fill('Did you run a tender?');
    await main.getByLabel('Answer type').nth(1).selectOption('yes_no');
    await page.getByRole('button', { name: 'Move question 2 up' }).click();
    await expect(main.getByLabel('Question', { exact: true }).first().inputValue()).resolves.toBe(
      'Did you run a tender?',
    );
    await page.getByRole('button', { name: 'Add a follow-up' }).first().click();
    await main.getByLabel('Ask when the answer is').selectOption('Yes');
    await main
      .getByLabel('Question', { exact: true })
      .nth(1)
      .fill('Which providers did you invite?');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await main.getByLabel('Question', { exact: true }).nth(3).fill(COUNTRIES_QUESTION);
    await main.getByLabel('Answer type').nth(3).selectOption('multi_choice');
    await main.getByLabel('Choices').fill(COUNTRIES.join('\n'));
    await screenshot(page, '04-wizard-screening');
    await expectAccessible(page, 'wizard screening');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByText(/vendors? selected/).waitFor(); // on to the vendors: nothing refused

    // Vendors: filter, then pick two.
    await main.getByLabel('Search vendors').fill('GLG');
    await page.getByRole('checkbox', { name: 'GLG' }).check();
    await main.getByLabel('Search vendors').fill('');
    await page.getByRole('checkbox', { name: 'AlphaSights' }).check();
    await page.getByText('2 vendors selected').waitFor();
    await screenshot(page, '05-wizard-vendors');
    await page.getByRole('button', { name: /Next/ }).click();

    // Team: add a member inline; they are picked at once.
    await page.getByRole('button', { name: 'Add a team member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a team member' });
    await dialog.getByLabel('Name').fill('Ivan Interviewer');
    await dialog.getByLabel('Email').fill('ivan@example.com');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(
      page.getByRole('checkbox', { name: /Ivan Interviewer/ }).isChecked(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: /Next/ }).click();

    // Review and create.
    await page.getByText('Did you run a tender?').waitFor();
    await page.getByText('(Yes / no, 1 follow-up)').waitFor();
    await screenshot(page, '06-wizard-review');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { name: 'Cold chain in Europe', level: 1 }).waitFor();
    const campaignUrl = new URL(page.url()).pathname;
    expect(campaignUrl).toMatch(/^\/campaigns\/[0-9a-f-]{36}$/);
    // What the wizard wrote, as the API reads it back.
    const campaignId = campaignUrl.split('/').pop() ?? '';
    const questions = await api.screening.list.query({ campaignId });
    expect(questions.map((q) => q.questionText).sort()).toEqual(
      [
        COUNTRIES_QUESTION,
        'Did you run a tender?',
        'What did you buy last year?',
        'Which providers did you invite?',
      ].sort(),
    );
  });
});
