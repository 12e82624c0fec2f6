-- DropIndex
DROP INDEX "Subscription_listKey_status_idx";

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN "newsletterIssueId" INTEGER;

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "digestSentAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NewsletterIssue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subject" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "articleIds" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "sentById" INTEGER,
    "sendStartedAt" DATETIME,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "sentAt" DATETIME
);
INSERT INTO "new_NewsletterIssue" ("articleIds", "createdAt", "updatedAt", "createdById", "id", "intro", "sentAt", "status", "subject") SELECT "articleIds", "createdAt", "createdAt", "createdById", "id", "intro", "sentAt", "status", "subject" FROM "NewsletterIssue";
DROP TABLE "NewsletterIssue";
ALTER TABLE "new_NewsletterIssue" RENAME TO "NewsletterIssue";
CREATE INDEX "NewsletterIssue_status_idx" ON "NewsletterIssue"("status");
CREATE INDEX "NewsletterIssue_createdAt_id_idx" ON "NewsletterIssue"("createdAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OutboxMail_newsletterIssueId_status_idx" ON "OutboxMail"("newsletterIssueId", "status");

-- CreateIndex
CREATE INDEX "Subscription_listKey_status_id_idx" ON "Subscription"("listKey", "status", "id");

-- CreateIndex
CREATE INDEX "Subscription_digest_status_digestSentAt_idx" ON "Subscription"("digest", "status", "digestSentAt");
