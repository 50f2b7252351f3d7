// Test helper (no Go twin): the operations an admission plugin's Handles accepts.
import type { Operation, Plugin } from '../interfaces';

const operations: readonly Operation[] = ['CREATE', 'UPDATE', 'DELETE', 'CONNECT'];

/** The operations `plugin.handles` accepts, in the order admission.Create, Update, Delete, Connect. */
export const handledOperations = (plugin: Pick<Plugin, 'handles'>): Operation[] =>
  operations.filter((op) => plugin.handles(op));
