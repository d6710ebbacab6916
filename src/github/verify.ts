// Does a fork-mode artifact belong to the run that triggered this one? The artifact is written by a
// run that executed the fork's code, so its claims are checked against what GitHub says:
//   - the triggering run was a `pull_request` run, for the same head SHA the artifact claims;
//   - when GitHub links PRs to that run (same-repository PRs), the claimed number is one of them;
//   - the claimed PR's head, fetched from the API, is that SHA (and that repository). For forks
//     GitHub links no PRs to the run, so this is the check that ties the number to the run.
import type { GitHubClient } from './client.js';
import type { WorkflowRunInfo } from './event.js';

export class ProvenanceError extends Error {}

export interface Claim {
  pullNumber: number;
  headSha: string;
}

export async function verifyArtifactOrigin(client: GitHubClient, owner: string, repo: string, run: WorkflowRunInfo, claim: Claim): Promise<void> {
  if (run.event !== 'pull_request') throw new ProvenanceError(`the triggering run was a ${run.event} run, not a pull_request run`);
  if (claim.headSha !== run.headSha) throw new ProvenanceError(`it claims head ${claim.headSha.slice(0, 12)}, the triggering run linted ${run.headSha.slice(0, 12)}`);
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(claim.pullNumber)) {
    throw new ProvenanceError(`it claims pull request #${claim.pullNumber}, the triggering run belongs to #${run.pullRequests.join(', #')}`);
  }
  let pull;
  try {
    ({ data: pull } = await client.rest.pulls.get({ owner, repo, pull_number: claim.pullNumber }));
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw new ProvenanceError(`it claims pull request #${claim.pullNumber}, which does not exist`);
    throw error;
  }
  if (pull.head.sha !== run.headSha) {
    throw new ProvenanceError(`it claims pull request #${claim.pullNumber}, whose head is ${pull.head.sha.slice(0, 12)}, not the triggering run's ${run.headSha.slice(0, 12)}`);
  }
  const headRepo = pull.head.repo?.full_name;
  if (run.headRepository && headRepo && headRepo.toLowerCase() !== run.headRepository.toLowerCase()) {
    throw new ProvenanceError(`pull request #${claim.pullNumber} comes from ${headRepo}, the triggering run from ${run.headRepository}`);
  }
}
