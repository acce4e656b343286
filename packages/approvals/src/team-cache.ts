import { GitHubApiError, type GitHubClient, ShipgateError } from '@shipgate/core';
import { type TeamRef, teamName } from './policy';

/** Caches `GET /orgs/{org}/teams/{team_slug}/memberships/{username}` answers: active members only. */
export class TeamMembershipCache {
  readonly #known = new Map<string, boolean>();

  constructor(
    private readonly client: GitHubClient,
    private readonly signal?: AbortSignal,
  ) {}

  isKnown(team: TeamRef, login: string): boolean {
    return this.#known.has(this.#key(team, login));
  }

  activeTeams(teams: readonly TeamRef[], login: string): TeamRef[] {
    return teams.filter((team) => this.#known.get(this.#key(team, login)) === true);
  }

  async check(team: TeamRef, login: string): Promise<boolean> {
    const key = this.#key(team, login);
    const cached = this.#known.get(key);
    if (cached !== undefined) return cached;
    let active = false;
    try {
      const { data } = await this.client.request<{ state?: string }>(
        'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
        { params: { org: team.org, team_slug: team.slug, username: login }, signal: this.signal },
      );
      active = data?.state === 'active';
    } catch (error) {
      // 404 is GitHub's answer for "not a member"; anything else is a real failure.
      if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
        throw new ShipgateError(
          `Could not check whether ${login} is in team ${teamName(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`,
        );
      }
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
    this.#known.set(key, active);
    return active;
  }

  #key(team: TeamRef, login: string): string {
    return `${teamName(team)}\n${login}`.toLowerCase();
  }
}
