/**
 * What the parts of `<aims-inventory>` share: the typed key tables of its words, and what the
 * register, the form and the triage panel read from the element.
 */
import type { AimsIssue } from '../../src/model/issues.js';
import type {
  AiSystem,
  AiSystemDeployment,
  AiSystemRole,
  AiSystemStage,
} from '../../src/model/ai-system.js';
import type { AiRiskClass, AiSystemClassification } from '../../src/scoring/ai-act.js';
import type { MessageKey, MessageVars, PluralKeys } from '../base/i18n.js';

export const CLASS_KEYS = {
  prohibited: 'inventoryClassProhibited',
  high: 'inventoryClassHigh',
  limited: 'inventoryClassLimited',
  minimal: 'inventoryClassMinimal',
  undetermined: 'inventoryClassUndetermined',
} as const satisfies Record<AiRiskClass, MessageKey>;

export const ROLE_KEYS = {
  provider: 'inventoryRoleProvider',
  deployer: 'inventoryRoleDeployer',
  importer: 'inventoryRoleImporter',
  distributor: 'inventoryRoleDistributor',
  'product-manufacturer': 'inventoryRoleProductManufacturer',
  'gpai-provider': 'inventoryRoleGpaiProvider',
} as const satisfies Record<AiSystemRole, MessageKey>;

export const DEPLOYMENT_KEYS = {
  internal: 'inventoryDeployInternal',
  'customer-facing': 'inventoryDeployCustomer',
  embedded: 'inventoryDeployEmbedded',
} as const satisfies Record<AiSystemDeployment, MessageKey>;

export const STAGE_KEYS = {
  inception: 'inventoryStageInception',
  'design-development': 'inventoryStageDesign',
  'verification-validation': 'inventoryStageVerification',
  deployment: 'inventoryStageDeployment',
  'operation-monitoring': 'inventoryStageOperation',
  're-evaluation': 'inventoryStageReevaluation',
  retirement: 'inventoryStageRetirement',
} as const satisfies Record<AiSystemStage, MessageKey>;

/** "3 duties", "1 duty". */
export const DUTY_COUNT_KEYS = {
  one: 'inventoryDutyCountOne',
  other: 'inventoryDutyCount',
} as const satisfies PluralKeys;

/** "2 questions left", "1 question left". */
export const PENDING_KEYS = {
  one: 'inventoryNextOne',
  other: 'inventoryNext',
} as const satisfies PluralKeys;

/** The form field a problem is about (`systems[3].name` → `name`). */
export const fieldOf = (path: string): string => /^systems\[\d+\]\.(\w+)/.exec(path)?.[1] ?? '';

/** What the register, the form and the triage panel read from the element. */
export interface InventoryHost {
  readonly effectiveLocale: string;
  /** Nothing can be changed (read-only, or no session). */
  readonly isReadonly: boolean;
  readonly systems: readonly AiSystem[];
  /** The system being edited: its id, `''` for a new one, undefined when the form is closed. */
  readonly editing?: string;
  /** Why the form's system was refused (the first problem per field). */
  readonly issues: readonly AimsIssue[];
  classificationOf(system: AiSystem): AiSystemClassification;
  msg(key: MessageKey, vars?: MessageVars): string;
  msgCount(keys: PluralKeys, count: number, vars?: MessageVars): string;
  edit(id?: string): Promise<void>;
  save(form: HTMLFormElement): void;
  cancel(): void;
}
