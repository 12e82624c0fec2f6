-- CreateIndex
CREATE INDEX "Article_sectionId_publishAt_id_idx" ON "Article"("sectionId", "publishAt", "id");
