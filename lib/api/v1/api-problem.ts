import { NextResponse } from 'next/server';

/**
 * An error a v1 handler throws to answer with `{ error: { code, message, details? } }`. `code` is
 * stable and machine-readable (clients branch on it); `message` is for people.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toResponse(headers?: HeadersInit): NextResponse {
    const body = {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
    return NextResponse.json(body, { status: this.status, headers });
  }
}

export const notFound = (what: string) => new ApiProblem(404, 'not_found', `${what} not found.`);

/**
 * 403 for a caller limited to groups asking for what would reach beyond them: something no group
 * holds yet (a new domain or group, an import) or every domain (a scan or rule of all groups).
 */
export const outOfScope = (what: string) =>
  new ApiProblem(403, 'out_of_scope', `A caller limited to groups cannot ${what}.`);
