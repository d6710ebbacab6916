// One call that starts the fake GitHub and prism in front of it, wired together:
//
//   const gh = await startContractGitHub({ pull: { files: [...] } });   // in beforeAll
//   const octokit = github.getOctokit('t0ken', { baseUrl: gh.url });
//   ...
//   gh.assertNoViolations();                                            // every request was valid
//   gh.reset({ pull: ... });                                            // in beforeEach
//   await gh.stop();                                                     // in afterAll
//
// `gh.env(...)` gives the GITHUB_* variables a runner (or act) would set for a run against it.
//
// GraphQL goes around prism. Octokit posts GraphQL to `${baseUrl}/graphql` (and a runner's
// GITHUB_GRAPHQL_URL is the same place), but `POST /graphql` is not in GitHub's REST description:
// prism would answer 404. So the tap sends `POST /graphql` straight to the fake, which validates the
// document and its variables against GitHub's published GraphQL schema and executes it against its
// state (fake-graphql.ts). What it finds wrong comes back to the tap through `lookup` and is reported
// by `assertNoViolations()` with prism's own findings.
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { startPrism, type PrismOptions, type PrismServer } from './prism.js';

export interface ContractGitHubOptions extends FakeGitHubOptions {
  prism?: Omit<PrismOptions, 'upstream' | 'lookup' | 'bypass'>;
}

/** What the tap sends around prism, to the fake's own GraphQL validation. */
export const isGraphQLRequest = (method: string, path: string) => method === 'POST' && path.replace(/\/$/, '') === '/graphql';

export interface ContractGitHub {
  /** API base URL to give the client (GITHUB_API_URL): requests are validated by prism. */
  readonly url: string;
  readonly fake: FakeGitHub;
  readonly prism: PrismServer;
  /** Throws when prism (REST) or the fake (GraphQL) saw a request or response that breaks GitHub's description. */
  assertNoViolations(): void;
  /** Fresh fake state (same options unless given) and an empty prism record. */
  reset(options?: FakeGitHubOptions): void;
  /** GITHUB_* variables pointing the action at this server. */
  env(extra?: Record<string, string>): Record<string, string>;
  stop(): Promise<void>;
}

export async function startContractGitHub(options: ContractGitHubOptions = {}): Promise<ContractGitHub> {
  const { prism: prismOptions, ...fakeOptions } = options;
  const fake = await startFakeGitHub(fakeOptions);
  let prism: PrismServer;
  try {
    prism = await startPrism({ ...prismOptions, upstream: fake.url, lookup: (id) => fake.lookup(id), bypass: isGraphQLRequest });
  } catch (error) {
    await fake.close();
    throw error;
  }
  // Link headers and `url` fields must lead back through prism, never straight to the fake.
  fake.setPublicUrl(prism.url);
  return {
    url: prism.url,
    fake,
    prism,
    assertNoViolations: () => prism.assertNoViolations(),
    reset(next) {
      fake.reset(next);
      fake.setPublicUrl(prism.url);
      prism.clear();
    },
    env(extra = {}) {
      const { owner, repo } = fake.state;
      return {
        GITHUB_API_URL: prism.url,
        GITHUB_GRAPHQL_URL: `${prism.url}/graphql`,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: `${owner}/${repo}`,
        GITHUB_REPOSITORY_OWNER: owner,
        ...extra,
      };
    },
    async stop() {
      await prism.stop();
      await fake.close();
    },
  };
}
