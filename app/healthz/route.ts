import { prisma } from '@/lib/db';

/** Liveness for load balancers and the demo script: public, says nothing but whether the database answers. */
export async function GET(): Promise<Response> {
  try {
    await prisma.$queryRaw`select 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
