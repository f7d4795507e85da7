/** `aimskit/components/inventory.js`: registers `<aims-inventory>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsInventory } from './inventory.js';

defineElement('aims-inventory', AimsInventory);
export { AimsInventory };
export { AimsSystemChangeEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-inventory': AimsInventory;
  }
}
