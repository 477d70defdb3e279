import './lib/theme/theme.css';

export { AppShell, type AppShellProps } from './lib/AppShell/AppShell';
export {
  LanguageSwitch,
  type LanguageOption,
  type LanguageSwitchProps,
} from './lib/LanguageSwitch/LanguageSwitch';
export { MessagePanel, type MessagePanelProps } from './lib/MessagePanel/MessagePanel';
export {
  StatusPill,
  type StatusPillProps,
  type StatusPillStatus,
} from './lib/StatusPill/StatusPill';
