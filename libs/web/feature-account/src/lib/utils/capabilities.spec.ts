import { capabilitiesOf, hasExpertSettings } from './capabilities';

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
      editExpertAreas: false,
      manageSupportPolicies: false,
      resendDeadMail: false,
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

  it.each([
    ['EXPERT', true],
    ['MODERATOR', true],
    ['ADMIN', true],
    ['PRODUCT_MANAGER', false],
    ['MEMBER', false],
    [null, false],
  ] as const)('gives %s expert settings: %s', (role, expected) => {
    expect(hasExpertSettings(role)).toBe(expected);
  });

  it.each(['MEMBER', 'EXPERT', undefined, null] as const)('gives %s no admin page', (role) => {
    expect(Object.values(capabilitiesOf(role)).some(Boolean)).toBe(false);
  });
});
