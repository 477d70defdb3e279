export { AcceptedMark, type AcceptedMarkProps } from './lib/AcceptedMark/AcceptedMark';
export { Alert, type AlertProps, type AlertTone } from './lib/Alert/Alert';
export { AppShell, type AppShellProps } from './lib/AppShell/AppShell';
export { BadgeChip, type BadgeChipProps, type BadgeTierName } from './lib/BadgeChip/BadgeChip';
export { ReputationSummary, type ReputationSummaryProps } from './lib/BadgeChip/ReputationSummary';
export { Button, buttonClassName, type ButtonProps, type ButtonVariant } from './lib/Button/Button';
export { Dialog, type DialogProps } from './lib/Dialog/Dialog';
export { DisclosureMenu, type DisclosureMenuProps } from './lib/DisclosureMenu/DisclosureMenu';
export {
  FlagControl,
  FlagDialog,
  flagReasonNames,
  useModerationTranslation,
  type FlagControlProps,
  type FlagDialogProps,
  type FlagReasonName,
  type FlagSubmission,
  type FlagSubmitResult,
  type FlagTargetKindName,
} from './lib/Flag/FlagControl';
export { FieldFrame, type FieldControlProps, type FieldFrameProps } from './lib/Field/Field';
export { PasswordField, type PasswordFieldProps } from './lib/Field/PasswordField';
export { Select, type SelectOption, type SelectProps } from './lib/Field/Select';
export { TextAreaField, type TextAreaFieldProps } from './lib/Field/TextAreaField';
export { TextField, type TextFieldProps } from './lib/Field/TextField';
export {
  LanguageSwitch,
  type LanguageOption,
  type LanguageSwitchProps,
} from './lib/LanguageSwitch/LanguageSwitch';
export { MarkdownView, type MarkdownViewProps } from './lib/MarkdownView/MarkdownView';
export { MessagePanel, type MessagePanelProps } from './lib/MessagePanel/MessagePanel';
export { StaffBadge, type StaffBadgeProps } from './lib/StaffBadge/StaffBadge';
export {
  StatusPill,
  type StatusPillProps,
  type StatusPillStatus,
} from './lib/StatusPill/StatusPill';
export { VoteControl, type VoteControlProps, type VoteValue } from './lib/VoteControl/VoteControl';
export {
  FollowButton,
  type FollowButtonProps,
  type FollowTargetName,
} from './lib/Follow/FollowButton';
export { useFollowingTranslation } from './lib/Follow/useFollowingTranslation';
