// Breaks api-not-to-apps and packages-not-to-apps.
export { server as api } from '../../../apps/server/src/index';
