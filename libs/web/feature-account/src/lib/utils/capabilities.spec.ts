import { capabilitiesOf } from './capabilities';

describe('capabilitiesOf', () => {
  it('gives admins everything', () => {
    expect(Object.values(capabilitiesOf('ADMIN')).every(Boolean)).toBe(true);
  });

  it('lets moderators find and suspend people, curate tags and read privileges, nothing more', () => {
    expect(capabilitiesOf('MODERATOR')).toEqual({
      viewPeople: true,
      changeRoles: false,
      editStaffProfiles: false,
      setOrganisations: false,
      suspend: true,
      viewOrganisations: false,
      manageOrganisations: false,
      manageTags: true,
      manageProducts: false,
      viewPrivileges: true,
      viewAuditLog: false,
      manageModerationSettings: false,
    });
  });

  it('lets product managers read organisations', () => {
    expect(capabilitiesOf('PRODUCT_MANAGER')).toMatchObject({
      viewPeople: false,
      viewOrganisations: true,
      manageOrganisations: false,
      manageTags: false,
      manageProducts: false,
      viewPrivileges: false,
    });
  });

  it.each(['MEMBER', 'EXPERT', undefined, null] as const)('gives %s no admin page', (role) => {
    expect(Object.values(capabilitiesOf(role)).some(Boolean)).toBe(false);
  });
});
