-- Validation pass rate by command and branch: runs, passes, failures, rate, last run.
SELECT command, coalesce(branch, '') AS branch, count(*) AS runs,
       count(*) FILTER (WHERE passed) AS passed,
       count(*) FILTER (WHERE NOT passed) AS failed,
       round(100.0 * count(*) FILTER (WHERE passed) / count(*), 1) AS pass_pct,
       max(ts) AS last_run
FROM validations
GROUP BY command, coalesce(branch, '')
ORDER BY pass_pct, runs DESC, command, branch
