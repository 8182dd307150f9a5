-- A reviewer's comments on single tasks of a version (JSON: task id, number, comment), beside the overall comment;
-- and the draft's reason for sending after the due date (frozen into the version's content when sent).
alter table submission_version add column task_comments mediumtext null;
alter table submission add column lateness_reason text null;
