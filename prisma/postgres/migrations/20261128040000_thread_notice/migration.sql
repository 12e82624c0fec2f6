-- CreateTable
CREATE TABLE "ThreadNotice" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "commentIds" JSONB NOT NULL,
    "batchKey" TEXT NOT NULL,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "ThreadNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThreadNotice_doneAt_id_idx" ON "ThreadNotice"("doneAt", "id");
