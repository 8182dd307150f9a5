-- An indicator that counts recognised units (typical cases, water-saving benchmarks, water-efficiency
-- leaders) names which recognition it counts; its targets then count the units of the lists.
ALTER TABLE indicator ADD COLUMN counts_recognition VARCHAR(32) NULL;
