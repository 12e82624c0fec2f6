import { setRequestLocale } from "next-intl/server";
import { NotFoundPage } from "@/components/not-found-page";

export default function NotFound() {
  setRequestLocale("de");
  return <NotFoundPage />;
}
