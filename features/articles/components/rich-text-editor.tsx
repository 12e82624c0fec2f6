"use client";
/**
 * The article body: a Tiptap editor with a labelled toolbar. Its HTML is handed up on every change;
 * links and images are checked here for the user's sake, the server sanitizes whatever arrives anyway.
 */
import Image from "@tiptap/extension-image";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";

const LINK = /^(https?:\/\/|mailto:)/i;
const IMAGE = /^https:\/\//i;

export function RichTextEditor({ initialHtml, labelId, describedBy, onChange }: { initialHtml: string; labelId: string; describedBy?: string; onChange: (html: string) => void }) {
  const editor = useEditor({
    // Rendered on the client only: avoids a hydration mismatch with the server's HTML.
    immediatelyRender: false,
    // Tiptap adds its base styles as a <style> element, which the CSP (server/csp.mjs) lets apply only
    // with this page's nonce. The browser keeps it on the page's scripts (as a property: the attribute is hidden).
    injectNonce: typeof document === "undefined" ? undefined : document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        link: { openOnClick: false, autolink: true, protocols: ["mailto"], isAllowedUri: (url) => LINK.test(url) },
      }),
      Image.configure({ inline: false }),
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        class: "article-body min-h-64 rounded-b-md border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-600",
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getHTML()),
  });
  return (
    <div>
      {editor ? <Toolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("articles.editor.toolbar");
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
    }),
  });
  const chain = () => editor.chain().focus();

  function setLink() {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
    const url = window.prompt(t("linkPrompt"), previous)?.trim();
    if (url === undefined) return;
    if (url === "") return void chain().extendMarkRange("link").unsetLink().run();
    if (!LINK.test(url)) return window.alert(t("badLink"));
    chain().extendMarkRange("link").setLink({ href: url }).run();
  }

  function addImage() {
    const src = window.prompt(t("imagePrompt"), "https://")?.trim();
    if (!src) return;
    if (!IMAGE.test(src)) return window.alert(t("badImage"));
    const alt = window.prompt(t("imageAltPrompt"), "")?.trim() ?? "";
    chain().setImage({ src, alt }).run();
  }

  const buttons: { key: keyof typeof active | "image"; run: () => void }[] = [
    { key: "h2", run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "h3", run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "bold", run: () => chain().toggleBold().run() },
    { key: "italic", run: () => chain().toggleItalic().run() },
    { key: "bulletList", run: () => chain().toggleBulletList().run() },
    { key: "orderedList", run: () => chain().toggleOrderedList().run() },
    { key: "quote", run: () => chain().toggleBlockquote().run() },
    { key: "link", run: setLink },
    { key: "image", run: addImage },
  ];
  return (
    <div role="toolbar" aria-label={t("label")} className="flex flex-wrap gap-1 rounded-t-md border border-b-0 border-slate-300 bg-slate-50 p-1">
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          // The editor keeps the focus on a click: Tiptap gives it back only on the next frame, so a
          // key typed right after clicking "Fett" went to the button and was lost.
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
          aria-pressed={b.key === "image" ? undefined : active[b.key]}
          className="rounded px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-200 aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {t(b.key)}
        </button>
      ))}
    </div>
  );
}
