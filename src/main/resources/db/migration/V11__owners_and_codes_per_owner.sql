-- Shared reference data has an owner: an indicator or a list of typical cases belongs to the organisation that made
-- it (none: kept by the administrator); only its owner's plan office or the administrator changes it.
ALTER TABLE indicator ADD COLUMN owner_id BIGINT NULL;
ALTER TABLE indicator ADD CONSTRAINT fk_indicator_owner FOREIGN KEY (owner_id) REFERENCES organisation (id);
ALTER TABLE case_list ADD COLUMN owner_id BIGINT NULL;
ALTER TABLE case_list ADD CONSTRAINT fk_case_list_owner FOREIGN KEY (owner_id) REFERENCES organisation (id);

-- A code says nothing of records one cannot see: a plan's code is unique among its owner's plans, a reporting
-- cycle's among its plan's cycles (so creating one never tells another organisation's codes).
ALTER TABLE plan ADD CONSTRAINT uk_plan_owner_code UNIQUE (owner_id, code);
ALTER TABLE plan DROP INDEX uk_plan_code;
ALTER TABLE reporting_cycle ADD CONSTRAINT uk_cycle_plan_code UNIQUE (plan_id, code);
ALTER TABLE reporting_cycle DROP INDEX uk_cycle_code;
