// @ts-check
// Post the data comment on a pull request, or update it when it is already there: one comment per
// pull request, found by its first line (the marker <!-- ntm-data-diff --> that
// src/data/pr-comment.ts writes). Called from .github/workflows/data-pr.yml through
// actions/github-script, with its authenticated Octokit `github` and the run's `context`.

/**
 * @param {{ github: any, context: { repo: { owner: string, repo: string }, issue: { number: number } }, body: string }} args
 * @returns {Promise<{ action: "created" | "updated", id: number }>}
 */
export async function upsertComment({ github, context, body }) {
  const marker = body.split("\n", 1)[0];
  if (!/^<!--.*-->$/.test(marker)) throw new Error(`pr-comment-post: the comment must start with its marker line, not "${marker.slice(0, 40)}"`);
  const { owner, repo } = context.repo;
  const issue_number = context.issue.number;
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
  const mine = comments.find((/** @type {{ body?: string }} */ c) => (c.body ?? "").split("\n", 1)[0] === marker);
  if (mine) {
    if (mine.body !== body) await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: "updated", id: mine.id };
  }
  const { data } = await github.rest.issues.createComment({ owner, repo, issue_number, body });
  return { action: "created", id: data.id };
}
