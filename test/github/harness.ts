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
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { startPrism, type PrismOptions, type PrismServer } from './prism.js';

export interface ContractGitHubOptions extends FakeGitHubOptions {
  prism?: Omit<PrismOptions, 'upstream' | 'lookup'>;
}

export interface ContractGitHub {
  /** API base URL to give the client (GITHUB_API_URL): requests are validated by prism. */
  readonly url: string;
  readonly fake: FakeGitHub;
  readonly prism: PrismServer;
  /** Throws when prism saw a request or a fake response that breaks GitHub's description. */
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
    prism = await startPrism({ ...prismOptions, upstream: fake.url, lookup: (id) => fake.lookup(id) });
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
