/** Worker entry: the HTTP app and (later) the scheduled jobs. */
import { createApp } from './app';

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<import('./env').Env>;
