// Does a fork-mode artifact belong to the run that triggered this one? The artifact is written by a
// run that executed the fork's code, so its claims are checked against what GitHub says:
//   - the triggering run was a `pull_request` run, for the same head SHA the artifact claims;
//   - when GitHub links PRs to that run (same-repository PRs), the claimed number is one of them;
//   - the claimed PR's head, fetched from the API (rest.ts getPullRequest), is that SHA (and that
//     repository). For forks GitHub links no PRs to the run, so this is the check that ties the
//     number to the run.
// Pure: the action (src/action/publish-only.ts) fetches the pull request between the two checks.
import type { WorkflowRunInfo } from './event.js';

export class ProvenanceError extends Error {}

export interface Claim {
  pullNumber: number;
  headSha: string;
}

/** What the workflow_run event alone can refute. */
export function checkClaim(run: WorkflowRunInfo, claim: Claim): void {
  if (run.event !== 'pull_request') throw new ProvenanceError(`the triggering run was a ${run.event} run, not a pull_request run`);
  if (claim.headSha !== run.headSha) throw new ProvenanceError(`it claims head ${claim.headSha.slice(0, 12)}, the triggering run linted ${run.headSha.slice(0, 12)}`);
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(claim.pullNumber)) {
    throw new ProvenanceError(`it claims pull request #${claim.pullNumber}, the triggering run belongs to #${run.pullRequests.join(', #')}`);
  }
}

/** The claimed pull request as GitHub has it (undefined: it does not exist) against the triggering run. */
export function checkPullRequest(run: WorkflowRunInfo, claim: Claim, pull: { headSha: string; headRepository: string | undefined } | undefined): void {
  if (!pull) throw new ProvenanceError(`it claims pull request #${claim.pullNumber}, which does not exist`);
  if (pull.headSha !== run.headSha) {
    throw new ProvenanceError(`it claims pull request #${claim.pullNumber}, whose head is ${pull.headSha.slice(0, 12)}, not the triggering run's ${run.headSha.slice(0, 12)}`);
  }
  const headRepo = pull.headRepository;
  if (run.headRepository && headRepo && headRepo.toLowerCase() !== run.headRepository.toLowerCase()) {
    throw new ProvenanceError(`pull request #${claim.pullNumber} comes from ${headRepo}, the triggering run from ${run.headRepository}`);
  }
}
