import { Link } from '@tanstack/react-router';
import { LogOut } from 'lucide-react';
import { Button } from '../components/ui/button';
import { useCurrentUser } from '../features/auth/session';
import { useSignOut } from '../features/auth/use-sign-out';
import { cn } from '../lib/cn';
import { initials } from '../lib/format';

/** Who is signed in, a way to their settings, and sign-out. */
export function UserMenu({ compact }: { compact: boolean }) {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const name = user?.name ?? '';
  return (
    <div className={cn('flex items-center gap-1', compact && 'flex-col')}>
      <Link
        to="/settings"
        className="flex min-w-0 flex-1 items-center gap-2 rounded-md p-1.5 text-sm hover:bg-accent"
        title="Settings"
      >
        <span className="grid size-7 shrink-0 place-items-center rounded-full bg-primary/15 text-xs font-semibold text-primary">
          {initials(name) || '?'}
        </span>
        {!compact && (
          <span className="min-w-0">
            <span className="block truncate font-medium">{name}</span>
            <span className="block truncate text-xs text-muted-foreground">{user?.email}</span>
          </span>
        )}
      </Link>
      <Button
        variant="ghost"
        size="icon-sm"
        onClick={() => void signOut()}
        aria-label="Sign out"
        title="Sign out"
      >
        <LogOut />
      </Button>
    </div>
  );
}
