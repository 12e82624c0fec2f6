import { handleCommentPost } from "@/features/comments/post-route";

/** The reader comment form's endpoint (features/comments/post-route.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleCommentPost(request, (await params).slug);
}
