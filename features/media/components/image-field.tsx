"use client";
/**
 * The hero image of an article form: uploads the chosen file right away (uploadImage), shows the
 * stored image and asks for its description. The form itself only carries the stored name
 * (`heroImage`) and the alt text (`heroAlt`); the file input has no name, so the bytes are never sent
 * twice. The server decides what an image is; the size check here only saves a pointless upload.
 */
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors } from "@/components/ui/field";
import { uploadImage } from "@/features/media/actions";
import { IMAGE_ACCEPT, imageUrl } from "@/lib/media-names";

const MAX_BYTES = 5 * 1024 * 1024;
const ID = "field-heroImage";

type Props = {
  image: string | null;
  alt: string | null;
  errors?: { heroImage?: string[]; heroAlt?: string[] };
  /** Called when the stored name changes (hidden inputs do not fire the form's change event). */
  onChange: () => void;
};

export function ImageField({ image, alt, errors, onChange }: Props) {
  const t = useTranslations("media");
  const [name, setName] = useState(image);
  const [altText, setAltText] = useState(alt ?? "");
  const [uploading, setUploading] = useState(false);
  const [uploadErrors, setUploadErrors] = useState<string[] | undefined>();
  const shownErrors = uploadErrors ?? errors?.heroImage;

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setUploadErrors(undefined);
    if (file.size > MAX_BYTES) {
      setUploadErrors([t("errors.tooLarge")]);
      input.value = "";
      return;
    }
    setUploading(true);
    const data = new FormData();
    data.set("file", file);
    try {
      const result = await uploadImage(data);
      if (result.ok && result.data) {
        setName(result.data.name);
        onChange();
      } else {
        setUploadErrors(result.ok ? undefined : (result.fieldErrors?.file ?? [result.message]));
      }
    } catch {
      setUploadErrors([t("errors.invalid")]);
    } finally {
      setUploading(false);
      input.value = "";
    }
  }

  function remove() {
    setName(null);
    setAltText("");
    setUploadErrors(undefined);
    onChange();
  }

  const describedBy = [`${ID}-hint`, shownErrors?.length ? `${ID}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-2" data-testid="hero-image-field">
      <label htmlFor={ID} className="block text-sm font-medium text-slate-800">
        {t("field.label")}
      </label>
      {name ? (
        // Content-addressed upload served by app/media/[file]: no image optimizer round trip needed.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={imageUrl(name)} alt={altText} data-testid="hero-image-preview" className="max-h-64 w-full max-w-md rounded-md border border-slate-200 object-contain" />
      ) : (
        <p className="text-sm text-slate-600">{t("field.none")}</p>
      )}
      <input
        id={ID}
        type="file"
        accept={IMAGE_ACCEPT}
        disabled={uploading}
        onChange={upload}
        aria-invalid={shownErrors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-50"
      />
      <p id={`${ID}-hint`} className="text-xs text-slate-600">
        {t("field.formats")}
      </p>
      <p aria-live="polite" className="text-sm text-slate-600">
        {uploading ? t("field.uploading") : ""}
      </p>
      <FieldErrors id={`${ID}-error`} errors={shownErrors} />
      <input type="hidden" name="heroImage" value={name ?? ""} />
      {name ? (
        <>
          <Field
            label={t("field.alt")}
            name="heroAlt"
            required
            maxLength={300}
            value={altText}
            onChange={(e) => setAltText(e.target.value)}
            hint={t("field.altHint")}
            errors={errors?.heroAlt}
          />
          <Button type="button" variant="secondary" onClick={remove}>
            {t("field.remove")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
