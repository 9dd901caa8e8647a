// The stand's anonymous leaderboard for the day: per game, the best scores with the players' generated nicknames.
// Kept in this browser's localStorage, never sent anywhere (the engagement log records scores without nicknames).
// A new calendar day starts an empty board; staff can also clear it from the admin panel.

import { GAME_IDS, isOneOf, type GameId } from '../../common/ids';
import { createStore, type Store } from '../state/store';
import { isNickname, type Nickname } from './nickname';

export interface LeaderboardEntry {
  readonly gameId: GameId;
  readonly score: number;
  readonly nickname: Nickname;
  /** Epoch ms, to break ties (earlier first) and to keep the player's own row highlighted. */
  readonly at: number;
}

export interface Leaderboard {
  /** Local calendar day, YYYY-MM-DD. */
  readonly day: string;
  readonly entries: readonly LeaderboardEntry[];
}

export const LEADERBOARD_KEY = 'biotech.event.leaderboard.v1';
/** Rows kept per game: enough for the attract loop's top 3 and a player's "you are 7th". */
export const KEPT_PER_GAME = 10;

export function dayOf(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const byRank = (a: LeaderboardEntry, b: LeaderboardEntry) => b.score - a.score || a.at - b.at;

export function topScores(board: Leaderboard, gameId: GameId, count = KEPT_PER_GAME): LeaderboardEntry[] {
  return board.entries.filter((entry) => entry.gameId === gameId).sort(byRank).slice(0, count);
}

/** Adds a score (starting a new day's board when needed); keeps the best KEPT_PER_GAME per game. */
export function addScore(board: Leaderboard, entry: LeaderboardEntry): Leaderboard {
  const day = dayOf(entry.at);
  const current = board.day === day ? board.entries : [];
  const others = current.filter((row) => row.gameId !== entry.gameId);
  const kept = [...current.filter((row) => row.gameId === entry.gameId), entry].sort(byRank).slice(0, KEPT_PER_GAME);
  return { day, entries: [...others, ...kept] };
}

/** 1-based place of an entry on the board, or null when it did not make the kept rows. */
export function rankOf(board: Leaderboard, entry: LeaderboardEntry): number | null {
  const index = topScores(board, entry.gameId).findIndex((row) => row.at === entry.at && row.score === entry.score);
  return index >= 0 ? index + 1 : null;
}

function isEntry(value: unknown): value is LeaderboardEntry {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return isOneOf(GAME_IDS, row.gameId) && typeof row.score === 'number' && Number.isFinite(row.score) && typeof row.at === 'number' && isNickname(row.nickname);
}

export function parseLeaderboard(text: string | null, today: string): Leaderboard {
  try {
    const raw = JSON.parse(text ?? 'null') as { day?: unknown; entries?: unknown } | null;
    if (!raw || raw.day !== today || !Array.isArray(raw.entries)) return { day: today, entries: [] };
    return { day: today, entries: raw.entries.filter(isEntry) };
  } catch {
    return { day: today, entries: [] };
  }
}

function createLeaderboardStore(storage: Storage): Store<Leaderboard> {
  const store = createStore<Leaderboard>(parseLeaderboard(safeGet(storage), dayOf(Date.now())));
  store.subscribe(() => {
    try {
      storage.setItem(LEADERBOARD_KEY, JSON.stringify(store.get()));
    } catch {
      // Storage full or off: the board lives until the page closes.
    }
  });
  return store;
}

function safeGet(storage: Storage): string | null {
  try {
    return storage.getItem(LEADERBOARD_KEY);
  } catch {
    return null;
  }
}

export const leaderboard: Store<Leaderboard> = createLeaderboardStore(window.localStorage);

/** Starts a fresh board when the stand runs past midnight (called whenever the board is shown or updated). */
export function refreshLeaderboardDay(now = Date.now()): void {
  const today = dayOf(now);
  if (leaderboard.get().day !== today) leaderboard.set({ day: today, entries: [] });
}

export function resetLeaderboard(now = Date.now()): void {
  leaderboard.set({ day: dayOf(now), entries: [] });
}
