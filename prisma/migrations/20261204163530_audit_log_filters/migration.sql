-- DropIndex
DROP INDEX "audit_log_actor_id_idx";

-- DropIndex
DROP INDEX "audit_log_target_type_target_id_idx";

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_seq_idx" ON "audit_log"("target_type", "target_id", "seq");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_seq_idx" ON "audit_log"("actor_id", "seq");

-- CreateIndex
CREATE INDEX "audit_log_action_seq_idx" ON "audit_log"("action", "seq");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");
