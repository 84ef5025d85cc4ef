import type { DnsAnswer, Resolver, RRType } from '../dns/types';

/** Answers each name and type once per audit: include trees often name the same provider twice. */
export function memoResolver(resolver: Resolver): Resolver {
  const answers = new Map<string, Promise<DnsAnswer>>();
  return {
    query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>> {
      const key = `${type} ${name.toLowerCase()}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = resolver.query(name, type);
        answers.set(key, answer);
      }
      return answer as Promise<DnsAnswer<T>>;
    },
  };
}
