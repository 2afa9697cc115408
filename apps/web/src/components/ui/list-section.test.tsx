import { cleanup, render, screen } from '@testing-library/react';
import { ListChecks } from 'lucide-react';
import { afterEach, expect, it } from 'vitest';
import { ListSection } from './list-section';

afterEach(cleanup);

const section = (isEmpty: boolean) => (
  <ListSection
    isEmpty={isEmpty}
    empty={{ icon: ListChecks, title: 'No questions', description: 'Add one.' }}
    hint="Drag to reorder."
    action={<button type="button">Add a question</button>}
  >
    <ul aria-label="Questions" />
  </ListSection>
);

it('an empty list is an empty state that offers the add button', () => {
  render(section(true));
  expect(screen.getByText('No questions')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add a question' })).toBeTruthy();
  expect(screen.queryByRole('list', { name: 'Questions' })).toBeNull();
});

it('a list shows its hint and the add button above it', () => {
  render(section(false));
  expect(screen.getByText('Drag to reorder.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add a question' })).toBeTruthy();
  expect(screen.getByRole('list', { name: 'Questions' })).toBeTruthy();
  expect(screen.queryByText('No questions')).toBeNull();
});
