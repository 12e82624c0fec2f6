-- CreateTable
CREATE TABLE "ThreadNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "commentIds" JSONB NOT NULL,
    "batchKey" TEXT NOT NULL,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ThreadNotice_doneAt_id_idx" ON "ThreadNotice"("doneAt", "id");
