export const HEAP_LIMIT_FLAG: string;
export function serverEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): NodeJS.ProcessEnv;
