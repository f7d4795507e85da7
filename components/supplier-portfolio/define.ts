/** `aimskit/components/supplier-portfolio.js`: registers `<aims-supplier-portfolio>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsSupplierPortfolio } from './supplier-portfolio.js';

defineElement('aims-supplier-portfolio', AimsSupplierPortfolio);
export { AimsSupplierPortfolio };
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-supplier-portfolio': AimsSupplierPortfolio;
  }
}
