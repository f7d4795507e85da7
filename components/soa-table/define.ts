/** `aimskit/components/soa-table.js`: registers `<aims-soa-table>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsSoaTable } from './soa-table.js';

defineElement('aims-soa-table', AimsSoaTable);
export { AimsSoaTable };
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-soa-table': AimsSoaTable;
  }
}
