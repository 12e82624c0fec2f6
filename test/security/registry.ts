/**
 * Finds what the authorization matrix must cover, from the source itself: every export of every
 * "use server" file (app/, features/, lib/), every HTTP method exported by a route handler, and every
 * staff page (all of app/(admin), plus any other page that checks a staff session).
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) out.push(...walk(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

function parse(file: string) {
  return ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
}

const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names of a module's value exports (types and interfaces are erased, so they are no endpoints). */
export function valueExports(file: string): string[] {
  const source = parse(file);
  const names: string[] = [];
  for (const node of source.statements) {
    if (ts.isFunctionDeclaration(node) && exported(node)) names.push(node.name?.text ?? "default");
    else if (ts.isVariableStatement(node) && exported(node)) {
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (ts.isClassDeclaration(node) && exported(node)) names.push(node.name?.text ?? "default");
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const e of node.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    } else if (ts.isExportAssignment(node)) names.push("default");
  }
  return names;
}

function isUseServer(file: string) {
  const first = parse(file).statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

export function findServerActions(): string[] {
  return ["app", "features", "lib"]
    .flatMap(walk)
    .filter(isUseServer)
    .flatMap((file) => valueExports(file).map((name) => `${file}#${name}`))
    .sort();
}

export function findRouteHandlers(): string[] {
  return walk("app")
    .filter((f) => /\/route\.tsx?$/.test(f))
    .flatMap((file) => valueExports(file).filter((n) => HTTP_METHODS.has(n)).map((m) => `${file} ${m}`))
    .sort();
}

export function findStaffPages(): string[] {
  return walk("app")
    .filter((f) => /\/page\.tsx?$/.test(f))
    .filter((f) => f.startsWith("app/(admin)/") || /\brequirePage\s*\(/.test(fs.readFileSync(path.join(root, f), "utf8")))
    .sort();
}
