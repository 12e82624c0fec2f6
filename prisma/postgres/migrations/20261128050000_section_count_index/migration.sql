-- CreateIndex
CREATE INDEX "Article_sectionId_deletedAt_status_publishAt_unpublishAt_idx" ON "Article"("sectionId", "deletedAt", "status", "publishAt", "unpublishAt");
