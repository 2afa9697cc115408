import { Download } from 'lucide-react';
import { Button } from '../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import type { ExpertFilter } from './use-experts';

/**
 * Downloads straight from the server (streamed, any size): the experts as the
 * list shows them (same filters and sort), or the campaign's calls.
 */
export function ExportMenu({ campaignId, filter }: { campaignId: string; filter: ExpertFilter }) {
  const base = `/api/export/campaigns/${campaignId}`;
  const query = `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  const items = [
    { label: 'Experts as Excel (.xlsx)', href: `${base}/experts.xlsx${query}` },
    { label: 'Experts as CSV', href: `${base}/experts.csv${query}` },
    { label: 'Calls as Excel (.xlsx)', href: `${base}/interviews.xlsx` },
    { label: 'Calls as CSV', href: `${base}/interviews.csv` },
  ];
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button size="sm" variant="secondary">
          <Download className="size-4" aria-hidden />
          Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {items.map((item) => (
          <DropdownMenuItem key={item.href} asChild>
            <a href={item.href} download>
              {item.label}
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
