-- A task can be marked not applicable (with its reason in waived_reason),
-- a state of its own beside done and waived (skipped).
ALTER TYPE "TaskState" ADD VALUE 'NOT_APPLICABLE';
