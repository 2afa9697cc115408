import { lazy, type ReactNode, useState } from 'react';
import { Dialog, DialogContent, DialogTrigger } from '../../components/ui/dialog';
import { LazyDialogBody } from '../../components/ui/lazy-dialog-body';
import type { Project } from './use-projects';

const ProjectForm = lazy(() => import('./project-form').then((m) => ({ default: m.ProjectForm })));

/** A new project, or `project` edited. */
export function ProjectDialog({ project, trigger }: { project?: Project; trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={project ? 'Edit project' : 'New project'}
        description="A project groups the campaigns of one deal or engagement."
      >
        <LazyDialogBody>
          <ProjectForm project={project} onDone={() => setOpen(false)} />
        </LazyDialogBody>
      </DialogContent>
    </Dialog>
  );
}
