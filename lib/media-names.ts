/**
 * What a stored image's name looks like and where it is served, shared by the server code
 * (lib/media.ts, the /media route) and the editor in the browser. A name is the SHA-256 of the
 * content plus the sniffed extension; nothing else is ever a valid name.
 */
export const IMAGE_TYPES = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
} as const;

export type ImageExt = keyof typeof IMAGE_TYPES;

export const IMAGE_NAME_PATTERN = /^[a-f0-9]{64}\.(jpg|png|webp|gif|avif)$/;

/** The `accept` list of file inputs: a hint for the picker only, the server sniffs the bytes. */
export const IMAGE_ACCEPT = Object.values(IMAGE_TYPES).join(",");

export function isImageName(name: unknown): name is string {
  return typeof name === "string" && IMAGE_NAME_PATTERN.test(name);
}

export function imageUrl(name: string) {
  return `/media/${name}`;
}
