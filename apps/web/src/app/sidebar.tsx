import { Link } from '@tanstack/react-router';
import {
  Building2,
  CalendarClock,
  LayoutDashboard,
  PanelLeftClose,
  PanelLeftOpen,
  Plus,
  Settings,
  Users,
  X,
} from 'lucide-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { Button, buttonVariants } from '../components/ui/button';
import { ListSkeleton } from '../components/ui/skeleton';
import { GlobalSearch } from '../features/search/global-search';
import { cn } from '../lib/cn';
import { UserMenu } from './user-menu';

// Drag and drop (dnd-kit) loads beside the page, not before it.
const ProjectTree = lazy(() =>
  import('../features/projects/project-tree').then((m) => ({ default: m.ProjectTree })),
);

// Notices load after first paint (the first load has a budget).
const NotificationBell = lazy(() => import('../features/notifications/notification-bell'));

const NAV = [
  { to: '/', label: 'Dashboard', icon: LayoutDashboard },
  { to: '/calendar', label: 'Calendar', icon: CalendarClock },
  { to: '/team', label: 'Team', icon: Users },
  { to: '/vendors', label: 'Vendors', icon: Building2 },
  { to: '/settings', label: 'Settings', icon: Settings },
] as const;

export function Sidebar({
  collapsed,
  onToggle,
  inDrawer = false,
}: {
  collapsed: boolean;
  onToggle: () => void;
  /** On a phone, in the drawer: the toggle closes the drawer. */
  inDrawer?: boolean;
}) {
  // The column keeps the sidebar's colour down a long page; the sidebar itself stays in view.
  return (
    <div className="h-full border-r bg-sidebar">
      <aside aria-label="Sidebar" className="sticky top-0 flex h-dvh flex-col">
        <div
          className={cn('flex h-14 items-center gap-2 px-3', collapsed && 'justify-center px-0')}
        >
          {!collapsed && (
            <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight">
              <img src="/favicon.svg" alt="" className="size-6" />
              Expert Network
            </Link>
          )}
          {!collapsed && !inDrawer && (
            <Suspense fallback={null}>
              <NotificationBell className="ml-auto" />
            </Suspense>
          )}
          <Button
            variant="ghost"
            size="icon-sm"
            className={cn(!collapsed && (inDrawer ? 'ml-auto' : ''))}
            onClick={onToggle}
            aria-label={inDrawer ? 'Close menu' : collapsed ? 'Expand sidebar' : 'Collapse sidebar'}
          >
            {inDrawer ? <X /> : collapsed ? <PanelLeftOpen /> : <PanelLeftClose />}
          </Button>
        </div>
        <GlobalSearch collapsed={collapsed} />
        <nav aria-label="Main" className="grid gap-0.5 px-2">
          {NAV.map(({ to, label, icon: Icon }) => (
            <NavLink key={to} to={to} label={label} collapsed={collapsed}>
              <Icon className="size-4 shrink-0" aria-hidden />
            </NavLink>
          ))}
        </nav>
        {!collapsed && (
          <>
            <div className="mt-5 flex items-center justify-between px-4 pb-1">
              <h2 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                Projects
              </h2>
              <Link
                to="/campaigns/new"
                search={{}}
                className={buttonVariants({ variant: 'ghost', size: 'icon-sm' })}
                aria-label="New campaign"
                title="New campaign"
              >
                <Plus />
              </Link>
            </div>
            <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-4">
              <Suspense fallback={<ListSkeleton rows={3} />}>
                <ProjectTree />
              </Suspense>
            </div>
          </>
        )}
        <div className={cn('mt-auto border-t p-2', collapsed && 'flex justify-center')}>
          <UserMenu compact={collapsed} />
        </div>
      </aside>
    </div>
  );
}

function NavLink({
  to,
  label,
  collapsed,
  children,
}: {
  to: (typeof NAV)[number]['to'];
  label: string;
  collapsed: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      to={to}
      activeOptions={{ exact: to === '/' }}
      title={collapsed ? label : undefined}
      aria-label={collapsed ? label : undefined}
      className={cn(
        'flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm text-muted-foreground hover:bg-accent hover:text-foreground',
        'data-[status=active]:bg-accent data-[status=active]:font-medium data-[status=active]:text-foreground',
        collapsed && 'justify-center px-0',
      )}
    >
      {children}
      {!collapsed && label}
    </Link>
  );
}
