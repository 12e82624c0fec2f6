-- DropIndex
DROP INDEX "Article_reviewerId_status_idx";

-- CreateIndex
CREATE INDEX "Article_status_deletedAt_updatedAt_id_idx" ON "Article"("status", "deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_reviewerId_status_deletedAt_updatedAt_id_idx" ON "Article"("reviewerId", "status", "deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_sectionId_updatedAt_id_idx" ON "Article"("sectionId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_publishAt_id_idx" ON "Article"("publishAt", "id");

-- CreateIndex
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");
