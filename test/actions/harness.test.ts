import { describe, expect, it } from 'vitest';
import { FakeGitHub } from './harness.js';

describe('the fake GitHub of the Action tests', () => {
  it("answers as GitHub's REST description says, and fails on a request GitHub would refuse", async () => {
    const api = new FakeGitHub();
    const url = await api.start();
    const call = (method: string, path: string, body?: unknown): Promise<Response> =>
      fetch(`${url}${path}`, {
        method,
        headers: { authorization: 'token ghs_x', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const created = await call('POST', '/repos/owner/repo/issues/7/comments', { body: 'hi' });
    expect(created.status).toBe(201);
    const comment = (await created.json()) as { id: number; user: { login: string } };
    expect(comment.user.login).toBe('github-actions[bot]');
    const updated = await call('PATCH', `/repos/owner/repo/issues/comments/${comment.id}`, {
      body: 'again',
    });
    expect(updated.status).toBe(200);
    expect(api.violations).toEqual([]);

    await call('POST', '/repos/owner/repo/issues/7/comments', { text: 'no body field' });
    await call('GET', '/repos/owner/repo/issues/7/comments?per_page=abc');
    await call('DELETE', '/repos/owner/repo/pulls/7/sticky');
    await fetch(`${url}/repos/owner/repo/issues/7/comments`);
    expect(api.violations).toEqual([
      expect.stringMatching(
        /^POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: body: /,
      ),
      expect.stringMatching(/^GET .*: query per_page=abc: /),
      'DELETE /repos/owner/repo/pulls/7/sticky: no such GitHub endpoint',
      'GET /repos/owner/repo/issues/7/comments: no Authorization header',
    ]);
    await expect(api.stop()).rejects.toThrow(/Off GitHub's REST description/);
  });
});
