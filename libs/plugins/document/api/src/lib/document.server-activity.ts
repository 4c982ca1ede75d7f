import { ServerActivityType } from '@tunas/api/plugin-sdk';
import { documentActivity, DocumentContent, DocumentState } from '@tunas/plugins/document/common';

/** Nothing to hide or render on the server: the shared definition is the whole plugin. */
export const documentServerActivity: ServerActivityType<DocumentContent, DocumentState> = {
  definition: documentActivity,
};
