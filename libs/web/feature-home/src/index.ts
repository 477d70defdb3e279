export { CommunityHome } from './lib/components/CommunityHome';
export { SystemStatusPanel, type SystemStatusPanelProps } from './lib/components/SystemStatusPanel';
