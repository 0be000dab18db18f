-- Model health timeline: per day and model, how many checks saw each status.
-- chart: checks
SELECT CAST(date_trunc('day', checked_at) AS DATE) AS day, provider || '/' || model AS model, status,
       count(*) AS checks
FROM model_health
GROUP BY ALL
ORDER BY day, model, status
