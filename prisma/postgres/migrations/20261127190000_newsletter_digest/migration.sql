-- CreateEnum
CREATE TYPE "NewsletterStatus" AS ENUM ('DRAFT', 'SENDING', 'SENT');

-- DropIndex
DROP INDEX "Subscription_listKey_status_idx";

-- AlterTable
ALTER TABLE "NewsletterIssue" ADD COLUMN     "cursor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "queued" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "recipients" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sendStartedAt" TIMESTAMP(3),
ADD COLUMN     "sentById" INTEGER,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
DROP COLUMN "status",
ADD COLUMN     "status" "NewsletterStatus" NOT NULL DEFAULT 'DRAFT';

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "newsletterIssueId" INTEGER;

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "digestSentAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "NewsletterIssue_status_idx" ON "NewsletterIssue"("status");

-- CreateIndex
CREATE INDEX "NewsletterIssue_createdAt_id_idx" ON "NewsletterIssue"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OutboxMail_newsletterIssueId_status_idx" ON "OutboxMail"("newsletterIssueId", "status");

-- CreateIndex
CREATE INDEX "Subscription_listKey_status_id_idx" ON "Subscription"("listKey", "status", "id");

-- CreateIndex
CREATE INDEX "Subscription_digest_status_digestSentAt_idx" ON "Subscription"("digest", "status", "digestSentAt");
