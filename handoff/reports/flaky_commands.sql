-- Flaky commands: passed and failed on the same commit (validations that record a commit).
SELECT command, "commit", count(*) AS runs,
       count(*) FILTER (WHERE passed) AS passed,
       count(*) FILTER (WHERE NOT passed) AS failed,
       min(ts) AS first_run, max(ts) AS last_run
FROM validations
WHERE "commit" IS NOT NULL
GROUP BY command, "commit"
HAVING bool_or(passed) AND bool_or(NOT passed)
ORDER BY failed DESC, command, "commit"
