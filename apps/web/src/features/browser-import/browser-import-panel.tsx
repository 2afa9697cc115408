import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Copy, FileJson, Loader2, PartyPopper } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/states';
import { errorMessage } from '../../lib/api-errors';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FileDrop } from './file-drop';
import { ImportReportView, summarize } from './import-report';
import { EXPORT_SNIPPET, readStorageFile, type StorageFile } from './read-storage-file';

/**
 * Settings → "Bring data from the previous version": pick the old app's
 * browser-data file, see what it would create and skip, import it, see what
 * was done. Nothing is written before the user confirms.
 */
export function BrowserImportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<StorageFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useMutation(trpc.browserImport.preview.mutationOptions());
  const commit = useMutation(
    trpc.browserImport.commit.mutationOptions({
      onSuccess: async (report) => {
        // Projects, campaigns, team and preferences may all have changed.
        await queryClient.invalidateQueries();
        notify.success(
          report.create.length ? `Imported ${summarize(report.create)}` : 'Nothing new to import',
        );
      },
    }),
  );

  const choose = async (picked: File) => {
    setFileError(null);
    setFile(null);
    preview.reset();
    commit.reset();
    try {
      const read = await readStorageFile(picked);
      setFile(read);
      preview.mutate({ items: read.items });
    } catch (error) {
      setFileError(error instanceof Error ? error.message : String(error));
    }
  };
  const startOver = () => {
    setFile(null);
    setFileError(null);
    preview.reset();
    commit.reset();
  };

  if (commit.data) {
    return (
      <div className="grid gap-4">
        <div
          role="status"
          className="flex items-start gap-3 rounded-lg border border-success/40 bg-success/10 p-3 text-sm"
        >
          <PartyPopper className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
          <p>
            {commit.data.create.length
              ? `Imported ${summarize(commit.data.create)} from ${file?.name}.`
              : 'Everything in this file was here already: nothing new was imported.'}
          </p>
        </div>
        <ImportReportView report={commit.data} />
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link to="/">Go to the dashboard</Link>
          </Button>
          <Button variant="secondary" onClick={startOver}>
            Import another file
          </Button>
        </div>
      </div>
    );
  }

  if (file && (preview.isPending || preview.data || preview.error)) {
    return (
      <div className="grid gap-4">
        <p className="flex items-center gap-2 text-sm">
          <FileJson className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <span className="min-w-0 break-all font-medium">{file.name}</span>
          <span className="shrink-0 text-muted-foreground">
            · {Object.keys(file.items).length} entries
          </span>
        </p>
        {preview.isPending && (
          <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
            <Loader2 className="size-4 animate-spin" aria-hidden /> Reading the file…
          </p>
        )}
        {preview.error && (
          <p role="alert" className="text-sm text-destructive">
            Could not read the file: {errorMessage(preview.error)}
          </p>
        )}
        {preview.data &&
          (preview.data.create.length ? (
            <p className="text-sm">
              This will create {summarize(preview.data.create)}. Nothing is written until you
              import.
            </p>
          ) : (
            <EmptyState
              icon={FileJson}
              title="Nothing new to import"
              description="Everything this file holds is here already, or could not be used (see below)."
            />
          ))}
        {preview.data && <ImportReportView report={preview.data} />}
        {commit.error && (
          <p role="alert" className="text-sm text-destructive">
            The import failed and nothing was changed: {errorMessage(commit.error)}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {preview.data && preview.data.create.length > 0 && (
            <Button
              onClick={() => commit.mutate({ items: file.items })}
              disabled={commit.isPending}
            >
              {commit.isPending ? 'Importing…' : 'Import'}
            </Button>
          )}
          <Button variant="secondary" onClick={startOver} disabled={commit.isPending}>
            Choose another file
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <FileDrop onFile={(f) => void choose(f)} />
      {fileError && (
        <p role="alert" className="text-sm text-destructive">
          {fileError}
        </p>
      )}
      <ExportHelp />
    </div>
  );
}

/** How to get the file out of the old app. */
function ExportHelp() {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">How do I get the file?</summary>
      <ol className="mt-2 grid list-decimal gap-1 pl-5 text-muted-foreground">
        <li>Open the previous version of the app in the browser you used it in.</li>
        <li>Open the browser's console (F12, or Cmd+Option+J on a Mac).</li>
        <li>
          Paste this line and press Enter: a file named expert-network-browser-data.json downloads.
        </li>
      </ol>
      <div className="mt-2 flex items-start gap-2">
        <pre className="min-w-0 flex-1 overflow-x-auto rounded-md bg-muted p-2 text-xs">
          {EXPORT_SNIPPET}
        </pre>
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            navigator.clipboard.writeText(EXPORT_SNIPPET).then(
              () => notify.success('Copied'),
              () => notify.error('Could not copy: select the line and copy it'),
            )
          }
        >
          <Copy /> Copy
        </Button>
      </div>
    </details>
  );
}
