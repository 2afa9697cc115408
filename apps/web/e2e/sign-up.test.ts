/** A visitor signs up; a new user creates a project. */
import { describe, it } from 'vitest';
import { newUser } from './support/api';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { signUp } from './support/pages';

const { session, signedIn } = browserSessions();

describe('a new user', () => {
  it('signs up, and protected pages send a visitor to sign-in first', async () => {
    const { page } = await session();
    await page.goto('/team');
    await page.waitForURL(/\/sign-in\?redirect=%2Fteam/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, '01-sign-in');
    await expectAccessible(page, 'sign-in');
    await signUp(page, newUser('Alice Analyst'));
    await page.getByText('No active campaigns yet').waitFor();
    await screenshot(page, '02-dashboard-empty');
    await expectAccessible(page, 'dashboard (empty)');
  });

  it('creates a project from the sidebar', async () => {
    const { page } = await signedIn();
    await page.goto('/');
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Project name').fill('Project Atlas');
    await dialog.getByLabel('Project code').fill('ATLAS');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: 'Project Atlas', level: 1 }).waitFor();
    await page.getByText('No campaigns in this project').waitFor();
  });
});
