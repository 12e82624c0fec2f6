-- CreateIndex
CREATE INDEX "Subscription_status_id_idx" ON "Subscription"("status", "id");
