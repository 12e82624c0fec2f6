-- CreateIndex
CREATE INDEX "Subscription_listKey_status_digest_idx" ON "Subscription"("listKey", "status", "digest");
