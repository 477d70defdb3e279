export interface Viewerish {
  id?: string;
  displayName?: string;
  email?: string | null;
  emailVerified?: boolean | null;
  hasPassword?: boolean | null;
  locale?: string | null;
  timeZone?: string | null;
  role?: string;
  isStaff?: boolean;
  staffTitle?: string | null;
}

/** The signed-in person as the Viewer query returns them. */
export function aViewer(overrides: Viewerish = {}) {
  return {
    __typename: 'User',
    id: 'user-1',
    displayName: 'Anna Schmidt',
    email: 'anna@example.com',
    emailVerified: true,
    hasPassword: true,
    locale: 'EN',
    timeZone: 'UTC',
    role: 'MEMBER',
    isStaff: false,
    staffTitle: null,
    ...overrides,
  };
}

/** The Viewer query's answer for someone with this role (staff unless a member), or a visitor. */
export function viewerAs(role: string | null) {
  return {
    data: {
      me: role
        ? aViewer({
            id: 'viewer-1',
            displayName: 'Priya Raman',
            email: 'priya@example.com',
            role,
            isStaff: role !== 'MEMBER',
          })
        : null,
    },
  };
}
