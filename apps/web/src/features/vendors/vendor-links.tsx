import { Link } from '@tanstack/react-router';
import { ExternalLink } from 'lucide-react';

/** A vendor's name, linking to its page. */
export function VendorLink({ id, name }: { id: string; name: string }) {
  return (
    <Link
      to="/vendors/$vendorId"
      params={{ vendorId: id }}
      className="font-medium hover:underline"
      onClick={(e) => e.stopPropagation()}
    >
      {name}
    </Link>
  );
}

/** A vendor's website, opened in a new tab, shown without its scheme. */
export function VendorWebsite({ url }: { url: string | null }) {
  if (!url) return null;
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer noopener"
      className="inline-flex max-w-full items-center gap-1 truncate text-xs text-muted-foreground hover:text-foreground hover:underline"
      onClick={(e) => e.stopPropagation()}
    >
      {url.replace(/^https?:\/\//, '')}
      <ExternalLink className="size-3 shrink-0" aria-hidden />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
