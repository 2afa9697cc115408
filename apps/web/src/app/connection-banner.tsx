import { WifiOff } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import { connection } from '../lib/connection';

/** Says so while the server cannot be reached; the queries keep retrying behind it. */
export function ConnectionBanner() {
  const unreachable = useSyncExternalStore(connection.subscribe, connection.isUnreachable);
  if (!unreachable) return null;
  return (
    <div
      role="status"
      className="fixed top-3 left-1/2 z-50 flex -translate-x-1/2 items-center gap-2 rounded-full border border-warning/40 bg-card px-4 py-2 text-sm shadow-lg"
    >
      <WifiOff className="size-4 text-warning" aria-hidden />
      Can't reach the server. Retrying…
    </div>
  );
}
