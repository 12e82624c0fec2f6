/**
 * A strict little XML well-formedness check for the feed tests (the project has no XML parser):
 * tags balance, attribute values and text hold no raw `<` or stray `&`, and only XML 1.0 characters.
 */
const ENTITY = "&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);";
const NAME = "[A-Za-z_][\\w:.-]*";
const ATTR = `\\s+${NAME}="(?:[^"<&]|${ENTITY})*"`;
const TOKEN = new RegExp(`<(/?)(${NAME})((?:${ATTR})*)\\s*(/?)>|((?:[^<&]|${ENTITY})+)`, "y");
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Throws with the offending position unless `xml` is one well-formed element after an XML declaration. */
export function assertWellFormedXml(xml: string): void {
  if (INVALID_CHAR.test(xml)) throw new Error("character not allowed in XML 1.0");
  const decl = /^<\?xml [^?]*\?>\s*/.exec(xml);
  if (!decl) throw new Error("missing XML declaration");
  const stack: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = decl[0].length;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`not well-formed at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    const [, closing, name, , selfClosing, text] = m;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root element at ${at}`);
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${at}`);
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}
