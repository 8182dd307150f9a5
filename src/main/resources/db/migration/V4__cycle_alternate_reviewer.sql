-- A cycle's second receiving office, which reviews what the reviewing organisation itself files
-- (Jiaozuo: reports go to the EPC office and the Bureau of Industry and Information; the Bureau's
-- own reports are reviewed by the EPC office, since nobody reviews their own organisation's).
ALTER TABLE reporting_cycle ADD COLUMN alternate_reviewer_id BIGINT NULL;
ALTER TABLE reporting_cycle ADD CONSTRAINT fk_cycle_alternate_reviewer FOREIGN KEY (alternate_reviewer_id) REFERENCES organisation (id);
