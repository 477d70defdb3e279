import { Role } from '@forum/shared/domain';
import { flagWeight } from './flag-weight.js';

describe('flagWeight', () => {
  it('grows with a member’s reputation', () => {
    expect(flagWeight({ role: Role.Member, reputation: 0 }, 4)).toBe(1);
    expect(flagWeight({ role: Role.Member, reputation: 99 }, 4)).toBe(1);
    expect(flagWeight({ role: Role.Member, reputation: 100 }, 4)).toBe(2);
    expect(flagWeight({ role: Role.Member, reputation: 999 }, 4)).toBe(2);
    expect(flagWeight({ role: Role.Member, reputation: 1_000 }, 4)).toBe(3);
  });

  it('counts a staff flag fully, whatever the reputation', () => {
    expect(flagWeight({ role: Role.Expert, reputation: 0 }, 4)).toBe(4);
    expect(flagWeight({ role: Role.Moderator, reputation: 0 }, 9)).toBe(9);
  });
});
