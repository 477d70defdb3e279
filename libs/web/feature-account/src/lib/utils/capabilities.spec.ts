import { capabilitiesOf } from './capabilities';

describe('capabilitiesOf', () => {
  it('gives admins everything', () => {
    expect(Object.values(capabilitiesOf('ADMIN')).every(Boolean)).toBe(true);
  });

  it('lets moderators find and suspend people, nothing more', () => {
    expect(capabilitiesOf('MODERATOR')).toEqual({
      viewPeople: true,
      changeRoles: false,
      editStaffProfiles: false,
      setOrganisations: false,
      suspend: true,
      viewOrganisations: false,
      manageOrganisations: false,
      viewAuditLog: false,
    });
  });

  it('lets product managers read organisations', () => {
    expect(capabilitiesOf('PRODUCT_MANAGER')).toMatchObject({
      viewPeople: false,
      viewOrganisations: true,
      manageOrganisations: false,
    });
  });

  it.each(['MEMBER', 'EXPERT', undefined, null] as const)('gives %s no admin page', (role) => {
    expect(Object.values(capabilitiesOf(role)).some(Boolean)).toBe(false);
  });
});
