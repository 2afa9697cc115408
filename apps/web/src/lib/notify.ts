import type { ExternalToast } from 'sonner';
import { errorMessage } from './api-errors';

/**
 * Toasts, with sonner loaded on first use (and by the lazy <Toaster/>), so the
 * library stays out of the first page load.
 */
const sonner = () => import('sonner').then((m) => m.toast);

export const notify = {
  success(message: string, options?: ExternalToast) {
    void sonner().then((toast) => toast.success(message, options));
  },
  error(message: string, options?: ExternalToast) {
    void sonner().then((toast) => toast.error(message, options));
  },
  info(message: string, options?: ExternalToast) {
    void sonner().then((toast) => toast.info(message, options));
  },
  /** A failed action: what failed, and why in words a person can act on. */
  failure(what: string, error: unknown) {
    notify.error(what, { description: errorMessage(error) });
  },
};
