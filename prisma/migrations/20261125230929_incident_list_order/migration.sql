-- CreateIndex
CREATE INDEX "incidents_severity_rank_declared_at_number_idx" ON "incidents"("severity_rank", "declared_at", "number");


-- The triage board's default view: open incidents in board order.
CREATE INDEX "incidents_open_board_order" ON "incidents"("severity_rank", "declared_at", "number") WHERE "status" <> 'CLOSED';
