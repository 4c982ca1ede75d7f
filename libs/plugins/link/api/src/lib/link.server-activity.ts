import { ServerActivityType } from '@tunas/api/plugin-sdk';
import { linkActivity, LinkContent, LinkState } from '@tunas/plugins/link/common';

/** Nothing to hide or render on the server: the shared definition is the whole plugin. */
export const linkServerActivity: ServerActivityType<LinkContent, LinkState> = {
  definition: linkActivity,
};
