import { describe, expect, it } from 'vitest';
import { CAREER_ROLES } from '../careers/data/roles';
import { rolesForGame, takeHomeUrl } from './takeHome';

describe('take-home link', () => {
  it('names the game, the roles the career explorer links to it, and the language; nothing else', () => {
    const roles = CAREER_ROLES.filter((role) => role.relatedGames.includes('gowning')).map((role) => role.id);
    expect(roles.length).toBeGreaterThan(0);
    expect(rolesForGame('gowning')).toEqual(roles);
    expect(takeHomeUrl('https://hub.example.org/formations', 'gowning', 'nl')).toBe(`https://hub.example.org/formations?game=gowning&roles=${roles.join(',')}&lang=nl`);
  });
  it('refuses a base that is not http(s)', () => {
    expect(() => takeHomeUrl('javascript:alert(1)', 'gowning', 'fr')).toThrow();
  });
});
