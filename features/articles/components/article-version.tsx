"use client";
/**
 * The article's current version, shared by the editor and the workflow panel on one page: a save
 * (also an autosave) or a workflow step raises it, and the other part must name the new one at once,
 * not after the page has been refreshed from the server.
 */
import { createContext, useContext, useState, type ReactNode } from "react";

type VersionState = { version: number; setVersion: (version: number) => void };

const ArticleVersion = createContext<VersionState | null>(null);

export function ArticleVersionProvider({ initial, children }: { initial: number; children: ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <ArticleVersion.Provider value={{ version, setVersion }}>{children}</ArticleVersion.Provider>;
}

/** The shared version inside a provider; a component's own state outside one (a new article). */
export function useArticleVersion(initial: number): VersionState {
  const shared = useContext(ArticleVersion);
  const [version, setVersion] = useState(initial);
  return shared ?? { version, setVersion };
}
