import { lazy, type ReactNode, useState } from 'react';
import { Dialog, DialogContent, DialogTrigger } from '../../components/ui/dialog';
import { LazyDialogBody } from '../../components/ui/lazy-dialog-body';

const NewProjectForm = lazy(() =>
  import('./new-project-form').then((m) => ({ default: m.NewProjectForm })),
);

export function NewProjectDialog({ trigger }: { trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title="New project"
        description="A project groups the campaigns of one deal or engagement."
      >
        <LazyDialogBody>
          <NewProjectForm onDone={() => setOpen(false)} />
        </LazyDialogBody>
      </DialogContent>
    </Dialog>
  );
}
